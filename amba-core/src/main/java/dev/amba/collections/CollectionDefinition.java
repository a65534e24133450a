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
 * @param columns the user-defined columns, in order, each name once
 * @param indexes the indexes to create with the collection; empty for none
 */
public record CollectionDefinition(String name, List<Column> columns, List<Index> indexes) {

  /**
   * Checks the name and that no column is declared twice; copies the lists.
   *
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters, not a reserved name or prefix
   * @param columns the user-defined columns, each name once
   * @param indexes the indexes, possibly empty
   * @throws IllegalArgumentException for a bad name, or a column declared twice
   * @throws NullPointerException if {@code columns} or one of them is null
   * @throws NullPointerException if {@code indexes} or one of them is null
   */
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

  /**
   * A collection with these columns and no index.
   *
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters, not a reserved name or prefix
   * @param columns the user-defined columns, each name once
   * @return the definition
   * @throws IllegalArgumentException for a bad name, or a column declared twice
   * @throws NullPointerException if {@code columns} or one of them is null
   */
  public static CollectionDefinition of(String name, Column... columns) {
    return new CollectionDefinition(name, Arrays.asList(Objects.requireNonNull(columns, "columns")), List.of());
  }

  /**
   * A collection with these columns and no index.
   *
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters, not a reserved name or prefix
   * @param columns the user-defined columns, each name once; copied
   * @return the definition
   * @throws IllegalArgumentException for a bad name, or a column declared twice
   * @throws NullPointerException if {@code columns} or one of them is null
   */
  public static CollectionDefinition of(String name, List<Column> columns) {
    return new CollectionDefinition(name, columns, List.of());
  }

  /**
   * This definition with one more column, after the others.
   *
   * @param column the column, its name not yet declared
   * @return a new definition with the column added
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if a column of that name is already declared
   */
  public CollectionDefinition withColumn(Column column) {
    List<Column> more = new ArrayList<>(columns);
    more.add(Objects.requireNonNull(column, "column"));
    return new CollectionDefinition(name, more, indexes);
  }

  /**
   * This definition with one more index.
   *
   * @param index the index
   * @return a new definition with the index added
   * @throws NullPointerException if {@code index} is null
   */
  public CollectionDefinition withIndex(Index index) {
    List<Index> more = new ArrayList<>(indexes);
    more.add(Objects.requireNonNull(index, "index"));
    return new CollectionDefinition(name, columns, more);
  }
}
