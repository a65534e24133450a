package dev.amba.sync;

import dev.amba.internal.WireForms;
import dev.amba.internal.collections.SyncArguments;
import dev.amba.internal.util.FieldMap;
import java.time.Instant;
import java.util.Map;

/**
 * One change a user made while offline, to replay with {@link UserSync#pushChanges}. Checked when
 * made: a bad collection name, row id or column name fails here, naming the argument, before
 * anything is sent. Immutable.
 *
 * <pre>{@code
 * SyncChange.create("notes", noteId, Map.of("body", "Hello"), madeAt);
 * SyncChange.update("notes", noteId, Map.of("body", "Hello again"), editedAt);
 * SyncChange.delete("notes", noteId, deletedAt);
 * }</pre>
 */
public final class SyncChange {

  static {
    WireForms.register(SyncChange.class, c -> c.fields.asMap());
  }

  private final FieldMap fields;

  private SyncChange(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * Makes the row {@code entityId} of collection {@code entityType} with {@code data}; when the
   * user already has a row with that id, the change updates it instead.
   *
   * @param entityType the collection's name: 1 to 50 characters of {@code [a-z0-9_]} starting with a letter, not
   *     reserved by Amba
   * @param entityId the row id the client chose, a UUID such as
   *     {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param data the row's user columns: every NOT NULL column, none of the server-managed ones
   *     ({@code id}, {@code user_id}, {@code created_at}, {@code updated_at}, {@code deleted_at});
   *     JSON-B writes the values
   * @param clientTimestamp when the user made the change; a row written on the server after it wins
   * @return the change, checked and ready to push
   * @throws IllegalArgumentException if {@code entityType}, {@code entityId} or a column name of
   *     {@code data} breaks its rule, or a column is server-managed
   * @throws NullPointerException if {@code data} or {@code clientTimestamp} is null
   */
  public static SyncChange create(String entityType, String entityId, Map<String, ?> data, Instant clientTimestamp) {
    return of(SyncAction.CREATE, entityType, entityId, SyncArguments.data(data, false), clientTimestamp);
  }

  /**
   * Sets the columns of {@code data} on the user's live row {@code entityId}, as a PATCH's
   * {@code set} does (section 5.1).
   *
   * @param entityType the collection's name: 1 to 50 characters of {@code [a-z0-9_]} starting with a letter, not
   *     reserved by Amba
   * @param entityId the row's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param data at least one user column and its value; none of the server-managed ones
   * @param clientTimestamp when the user made the change; a row written on the server after it wins
   * @return the change, checked and ready to push
   * @throws IllegalArgumentException if {@code entityType}, {@code entityId} or a column name of
   *     {@code data} breaks its rule, a column is server-managed, or {@code data} is empty
   * @throws NullPointerException if {@code data} or {@code clientTimestamp} is null
   */
  public static SyncChange update(String entityType, String entityId, Map<String, ?> data, Instant clientTimestamp) {
    return of(SyncAction.UPDATE, entityType, entityId, SyncArguments.data(data, true), clientTimestamp);
  }

  /**
   * Soft-deletes the user's live row {@code entityId}.
   *
   * @param entityType the collection's name: 1 to 50 characters of {@code [a-z0-9_]} starting with a letter, not
   *     reserved by Amba
   * @param entityId the row's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param clientTimestamp when the user deleted it; a row written on the server after it wins
   * @return the change, checked and ready to push
   * @throws IllegalArgumentException if {@code entityType} or {@code entityId} breaks its rule
   * @throws NullPointerException if {@code clientTimestamp} is null
   */
  public static SyncChange delete(String entityType, String entityId, Instant clientTimestamp) {
    return of(SyncAction.DELETE, entityType, entityId, null, clientTimestamp);
  }

  private static SyncChange of(SyncAction action, String entityType, String entityId, Map<String, Object> data,
      Instant clientTimestamp) {
    FieldMap fields = FieldMap.empty()
        .with("entity_type", SyncArguments.entityType(entityType))
        .with("entity_id", SyncArguments.entityId(entityId))
        .with("action", action.value());
    if (data != null) {
      fields = fields.with("data", data);
    }
    return new SyncChange(fields.with("client_timestamp", SyncArguments.timestamp(clientTimestamp)));
  }

  /**
   * The collection the change is to.
   *
   * @return the collection's name
   */
  public String entityType() {
    return (String) fields.get("entity_type");
  }

  /**
   * The row the change is to.
   *
   * @return the row's id, a UUID
   */
  public String entityId() {
    return (String) fields.get("entity_id");
  }

  /**
   * What the change does to its row.
   *
   * @return {@link SyncAction#CREATE}, {@link SyncAction#UPDATE} or {@link SyncAction#DELETE}
   */
  public SyncAction action() {
    return new SyncAction((String) fields.get("action"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyncChange && ((SyncChange) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
