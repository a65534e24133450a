package dev.amba.collections;

import dev.amba.internal.collections.CollectionNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A new collection: its name, its columns and indexes. Every collection also has the
 * server-managed columns {@code id}, {@code user_id}, {@code created_at}, {@code updated_at} and
 * {@code deleted_at}; do not declare them.
 *
 * <pre>{@code
 * amba.collections().define(CollectionDefinition.of("posts",
 *         Column.of("title", ColumnType.TEXT),
 *         Column.optional("score", ColumnType.INTEGER))
 *     .withIndex(Index.on("score desc")));
 * }</pre>
 *
 * @param name {@code [a-z][a-z0-9_]*}, at most 50 characters, not a reserved name or prefix
 */
public record CollectionDefinition(String name, List<Column> columns, List<Index> indexes) {

  public CollectionDefinition {
    CollectionNames.collection(name, "collection name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException("collection " + name + ": column '" + c.name() + "' is declared twice");
      }
    }
  }

  public static CollectionDefinition of(String name, Column... columns) {
    return new CollectionDefinition(name, Arrays.asList(Objects.requireNonNull(columns, "columns")), List.of());
  }

  public static CollectionDefinition of(String name, List<Column> columns) {
    return new CollectionDefinition(name, columns, List.of());
  }

  /** This definition with one more column. */
  public CollectionDefinition withColumn(Column column) {
    List<Column> more = new ArrayList<>(columns);
    more.add(Objects.requireNonNull(column, "column"));
    return new CollectionDefinition(name, more, indexes);
  }

  /** This definition with one more index. */
  public CollectionDefinition withIndex(Index index) {
    List<Index> more = new ArrayList<>(indexes);
    more.add(Objects.requireNonNull(index, "index"));
    return new CollectionDefinition(name, columns, more);
  }
}
