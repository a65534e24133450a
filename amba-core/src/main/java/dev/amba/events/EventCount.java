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

  /** One group: a day ({@code 2024-05-01}) or an event name, and its count. */
  public record Bucket(String key, long count) {}

  public EventCount {
    buckets = buckets == null ? List.of() : List.copyOf(buckets);
  }

  /** The buckets as key to count, in the server's order. */
  public Map<String, Long> byKey() {
    Map<String, Long> map = new LinkedHashMap<>();
    buckets.forEach(b -> map.put(b.key(), b.count()));
    return Collections.unmodifiableMap(map);
  }
}
