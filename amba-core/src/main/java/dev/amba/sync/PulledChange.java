package dev.amba.sync;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A row that changed since the checkpoint (37.3 #5): a live row as {@link SyncAction#UPDATE} with
 * the whole row as {@code data}, a deleted one as {@link SyncAction#DELETE} with only its
 * {@code id}.
 *
 * @param entityType the collection the row is in
 * @param entityId the row's id
 * @param action {@link SyncAction#UPDATE} for a live row, {@link SyncAction#DELETE} for a deleted one
 * @param data the whole row for a live one, server-managed columns included; only its {@code id}
 *     for a deleted one; never null
 * @param clientTimestamp the row's {@code updated_at}
 */
public record PulledChange(String entityType, String entityId, SyncAction action, Map<String, Object> data,
    Instant clientTimestamp) {

  /**
   * A pulled change; {@code data} is copied, and null reads as empty.
   *
   * @param entityType the collection the row is in
   * @param entityId the row's id
   * @param action what the change did to the row
   * @param data the row's columns, or null for none
   * @param clientTimestamp the row's {@code updated_at}
   * @throws NullPointerException if {@code action} is null
   */
  public PulledChange {
    Objects.requireNonNull(action, "action");
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
  }
}
