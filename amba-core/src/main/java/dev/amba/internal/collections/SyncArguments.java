package dev.amba.internal.collections;

import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The checks of a sync change's parts, made before anything is sent (37.2 and section 5's names). */
public final class SyncArguments {

  private SyncArguments() {}

  public static String entityType(String entityType) {
    return CollectionNames.collection(entityType, "entityType");
  }

  public static String entityId(String entityId) {
    return CollectionNames.rowId(entityId, "entityId");
  }

  /**
   * A copy of a change's columns, in the caller's order; JSON null values stay (a nullable column
   * cleared). X: server-managed columns are refused, as in a PATCH's {@code set}: a replay cannot
   * set them, and the server refuses them too.
   */
  public static Map<String, Object> data(Map<String, ?> data, boolean needsOne) {
    Objects.requireNonNull(data, "data");
    if (needsOne && data.isEmpty()) {
      throw new IllegalArgumentException("data must set at least one column for an update");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : data.entrySet()) {
      copy.put(CollectionNames.userColumn(e.getKey(), "data column"), e.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The wire form of a push's changes, in order.
   *
   * @throws NullPointerException naming {@code changes} or the null element
   * @throws IllegalArgumentException for more than {@code max} changes
   */
  public static List<Map<String, Object>> batch(List<?> changes, int max) {
    Objects.requireNonNull(changes, "changes");
    if (changes.size() > max) {
      throw new IllegalArgumentException("changes: at most " + max + " per push, got " + changes.size()
          + "; push them in batches");
    }
    List<Map<String, Object>> wire = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      wire.add(WireForms.of(Objects.requireNonNull(changes.get(i), "changes[" + i + "]")));
    }
    return wire;
  }

  /** The wire form of the moment the user made the change. */
  public static String timestamp(Instant clientTimestamp) {
    return Objects.requireNonNull(clientTimestamp, "clientTimestamp").toString();
  }
}
