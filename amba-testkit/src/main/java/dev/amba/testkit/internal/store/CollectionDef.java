package dev.amba.testkit.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A collection's stored definition.
 *
 * @param seq the metadata row's key; it names the table, so a collection dropped and defined again
 *     never meets the old table
 * @param columns the user-defined columns, in definition order
 * @param nextIndex the number the next index's SQL name takes
 */
public record CollectionDef(
    long seq,
    String projectId,
    String name,
    int version,
    Instant createdAt,
    List<CollectionColumn> columns,
    List<CollectionIndex> indexes,
    int nextIndex) {

  /** The H2 schema holding every collection table, apart from the emulator's own tables. */
  public static final String SQL_SCHEMA = "\"coll\"";

  /** The columns every collection has, filled in by the server. */
  public static final List<CollectionColumn> SERVER_MANAGED = List.of(
      new CollectionColumn("id", CollectionType.UUID, false, null),
      new CollectionColumn("user_id", CollectionType.TEXT, false, null),
      new CollectionColumn("created_at", CollectionType.TIMESTAMPTZ, false, null),
      new CollectionColumn("updated_at", CollectionType.TIMESTAMPTZ, false, null),
      new CollectionColumn("deleted_at", CollectionType.TIMESTAMPTZ, true, null));

  private static final Map<String, CollectionColumn> SERVER_MANAGED_BY_NAME = Map.of(
      "id", SERVER_MANAGED.get(0), "user_id", SERVER_MANAGED.get(1), "created_at", SERVER_MANAGED.get(2),
      "updated_at", SERVER_MANAGED.get(3), "deleted_at", SERVER_MANAGED.get(4));

  public CollectionDef {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }

  public static boolean isServerManaged(String column) {
    return SERVER_MANAGED_BY_NAME.containsKey(column);
  }

  /** The table, schema-qualified and quoted; built from the sequence number and a validated name only. */
  public String table() {
    return SQL_SCHEMA + ".\"t" + seq + "_" + name + '"';
  }

  /** Any column, server-managed or user-defined; null when there is none of that name. */
  public CollectionColumn column(String column) {
    CollectionColumn managed = SERVER_MANAGED_BY_NAME.get(column);
    if (managed != null) {
      return managed;
    }
    for (CollectionColumn c : columns) {
      if (c.name().equals(column)) {
        return c;
      }
    }
    return null;
  }

  /** Server-managed columns first, then user-defined ones: the order rows are written in. */
  public List<CollectionColumn> allColumns() {
    java.util.ArrayList<CollectionColumn> all = new java.util.ArrayList<>(SERVER_MANAGED);
    all.addAll(columns);
    return all;
  }
}
