package dev.amba.internal.collections;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** The wire form of the moment the user made the change. */
  public static String timestamp(Instant clientTimestamp) {
    return Objects.requireNonNull(clientTimestamp, "clientTimestamp").toString();
  }
}
