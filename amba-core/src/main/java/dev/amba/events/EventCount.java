package dev.amba.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@link ProjectEvents#count}.
 *
 * @param total events matching the query
 * @param buckets the split asked for with {@code groupBy}, in the server's order; empty without it
 */
public record EventCount(long total, List<Bucket> buckets) {

  /**
   * One group: a day ({@code 2024-05-01}) or an event name, and its count.
   *
   * @param key the day or the event name
   * @param count events in this group
   */
  public record Bucket(String key, long count) {}

  /**
   * Copies {@code buckets}; null reads as empty.
   *
   * @param total events matching the query
   * @param buckets the groups, in the server's order
   */
  public EventCount {
    buckets = buckets == null ? List.of() : List.copyOf(buckets);
  }

  /**
   * The buckets as key to count, in the server's order.
   *
   * @return an unmodifiable map from bucket key to count; empty without {@code groupBy}
   */
  public Map<String, Long> byKey() {
    Map<String, Long> map = new LinkedHashMap<>();
    buckets.forEach(b -> map.put(b.key(), b.count()));
    return Collections.unmodifiableMap(map);
  }
}
