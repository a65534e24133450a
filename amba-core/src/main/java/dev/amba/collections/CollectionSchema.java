package dev.amba.collections;

import java.time.Instant;
import java.util.List;

/**
 * A collection as the server describes it.
 *
 * @param version increases with every schema change
 * @param createdAt null when the server does not say
 * @param columns the user-defined columns, in definition order (server-managed ones are implied)
 */
public record CollectionSchema(String name, int version, Instant createdAt, List<Column> columns, List<Index> indexes) {

  public CollectionSchema {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }
}
