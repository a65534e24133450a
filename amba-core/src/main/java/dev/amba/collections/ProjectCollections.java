package dev.amba.collections;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * Collection schemas of the project (server key), from {@link dev.amba.AmbaClient#collections()}.
 * Rows are read and written per user, through {@link dev.amba.AmbaUser#collection}.
 *
 * <p>Every name is checked before anything is sent; the destructive calls take the name a second
 * time as a confirmation, and refuse when the two differ.
 */
public interface ProjectCollections {

  /**
   * Creates a collection.
   *
   * @param definition its name, columns and indexes
   * @return the change, with the new collection's schema version
   * @throws NullPointerException if {@code definition} is null
   * @throws dev.amba.AmbaConflictException {@code collection_exists} when the name is taken
   */
  SchemaChange define(CollectionDefinition definition);

  /**
   * The columns and indexes of one collection.
   *
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @return its schema, user-defined columns in definition order
   * @throws IllegalArgumentException for a name of another form, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such collection
   */
  CollectionSchema describe(String name);

  /**
   * One page of the project's collections, by name.
   *
   * @param limit the page size, 1 to 1000
   * @param offset how many collections to skip, 0 or more
   * @return the page with the total count; empty items past the end
   * @throws IllegalArgumentException for a limit outside 1 to 1000 or a negative offset
   */
  OffsetPage<CollectionSummary> list(int limit, int offset);

  /**
   * Every collection of the project, fetched a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the collections, by name; empty when there are none
   */
  Stream<CollectionSummary> listAll();

  /**
   * Adds a column. A NOT NULL column can only be added while the collection has no rows.
   *
   * @param collection the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @param column the new column
   * @return the change, with the schema's new version
   * @throws IllegalArgumentException for a collection name of another form, before anything is sent
   * @throws NullPointerException if {@code column} is null
   * @throws dev.amba.AmbaNotFoundException when there is no such collection
   */
  SchemaChange addColumn(String collection, Column column);

  /**
   * Adds an index.
   *
   * @param collection the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @param index the new index
   * @return the change, with the schema's new version
   * @throws IllegalArgumentException for a collection name of another form, before anything is sent
   * @throws NullPointerException if {@code index} is null
   * @throws dev.amba.AmbaNotFoundException when there is no such collection
   */
  SchemaChange addIndex(String collection, Index index);

  /**
   * Drops a column and its data, and any index that uses it.
   *
   * @param collection the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @param column the user-defined column to drop; not a server-managed one
   * @param confirmColumn the column name again
   * @return the change, with the schema's new version
   * @throws IllegalArgumentException for a bad collection or column name, a server-managed column, or
   *     when {@code confirmColumn} differs from {@code column}
   * @throws dev.amba.AmbaNotFoundException when there is no such collection
   */
  SchemaChange dropColumn(String collection, String column, String confirmColumn);

  /**
   * Drops a collection with all of its rows, for every user.
   *
   * @param name the collection's name: {@code [a-z][a-z0-9_]*}, at most 50 characters
   * @param confirmName the collection name again
   * @throws IllegalArgumentException for a name of another form, or when {@code confirmName} differs from {@code name}
   * @throws dev.amba.AmbaNotFoundException when there is no such collection
   */
  void drop(String name, String confirmName);
}
