package dev.amba.collections;

import java.time.Instant;
import java.util.List;

/**
 * A collection as the server describes it.
 *
 * @param name the collection's name
 * @param version increases with every schema change
 * @param createdAt null when the server does not say
 * @param columns the user-defined columns, in definition order (server-managed ones are implied)
 * @param indexes the collection's indexes
 */
public record CollectionSchema(String name, int version, Instant createdAt, List<Column> columns, List<Index> indexes) {

  /**
   * Copies the lists.
   *
   * @param name {@link #name()}
   * @param version {@link #version()}
   * @param createdAt {@link #createdAt()}
   * @param columns {@link #columns()}
   * @param indexes {@link #indexes()}
   * @throws NullPointerException if {@code columns}, {@code indexes} or an element of them is null
   */
  public CollectionSchema {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }
}
