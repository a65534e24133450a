package dev.amba.testkit.internal.store;

/**
 * One column of a collection, user-defined or server-managed.
 *
 * @param dimension the vector length, null for other types
 */
public record CollectionColumn(String name, CollectionType type, boolean nullable, Integer dimension) {

  /** The column's name quoted for SQL; names are validated identifiers, quoting keeps their case. */
  public String sql() {
    return '"' + name + '"';
  }
}
