package dev.amba.sync;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A row that changed since the checkpoint (37.3 #5): a live row as {@link SyncAction#UPDATE} with
 * the whole row as {@code data}, a deleted one as {@link SyncAction#DELETE} with only its
 * {@code id}.
 *
 * @param clientTimestamp the row's {@code updated_at}
 */
public record PulledChange(String entityType, String entityId, SyncAction action, Map<String, Object> data,
    Instant clientTimestamp) {

  public PulledChange {
    Objects.requireNonNull(action, "action");
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
  }
}
