package dev.amba.collections;

import dev.amba.internal.collections.CollectionNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to read from a collection: a filter, an order, a page size, where to continue, which
 * columns. Immutable: every method returns a new query, so a base query can be shared and refined.
 *
 * <pre>{@code
 * Query q = Query.where(and(eq("status", "published"), gte("score", 100)))
 *     .orderBy("score", Direction.DESC)
 *     .orderBy("created_at")
 *     .limit(50);
 * }</pre>
 *
 * <p>Rows come in the given order, then by {@code id} so that equal values still have a fixed
 * order; without {@link #orderBy} they come oldest first ({@code created_at}, then {@code id}).
 * NULLs sort as larger than every value: last when ascending, first when descending. Only the
 * acting user's rows are ever read, and soft-deleted rows only with {@link #includeDeleted()}.
 */
public final class Query {

  /** The page size when none is given. */
  public static final int DEFAULT_LIMIT = 50;
  /** The largest page the API serves. */
  public static final int MAX_LIMIT = 1000;

  /**
   * One column of the order.
   *
   * @param column the column's name, an identifier
   * @param direction ascending or descending
   */
  public record Order(String column, Direction direction) {
    /**
     * Checks the column's name.
     *
     * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
     * @param direction ascending or descending, not null
     * @throws IllegalArgumentException for a column that is not an identifier
     * @throws NullPointerException if {@code direction} is null
     */
    public Order {
      CollectionNames.column(column, "orderBy: column");
      Objects.requireNonNull(direction, "orderBy: direction");
    }
  }

  private static final Query ALL = new Query(null, List.of(), DEFAULT_LIMIT, null, List.of(), false);

  private final Filter filter;
  private final List<Order> order;
  private final int limit;
  private final String cursor;
  private final List<String> select;
  private final boolean includeDeleted;

  private Query(Filter filter, List<Order> order, int limit, String cursor, List<String> select, boolean includeDeleted) {
    this.filter = filter;
    this.order = order;
    this.limit = limit;
    this.cursor = cursor;
    this.select = select;
    this.includeDeleted = includeDeleted;
  }

  /**
   * Every row of the acting user, 50 a page, oldest first.
   *
   * @return the query without a filter
   */
  public static Query all() {
    return ALL;
  }

  /**
   * The rows that match {@code filter}.
   *
   * @param filter the filter, built with {@link Where}
   * @return the query, 50 a page, oldest first
   * @throws NullPointerException if {@code filter} is null
   */
  public static Query where(Filter filter) {
    return ALL.filter(filter);
  }

  /**
   * This query with {@code filter} in place of its filter.
   *
   * @param filter the filter, built with {@link Where}
   * @return a copy of this query with the change
   * @throws NullPointerException if {@code filter} is null; use {@link #all()} for every row
   */
  public Query filter(Filter filter) {
    Objects.requireNonNull(filter, "filter must not be null; use Query.all() for every row");
    return new Query(filter, order, limit, cursor, select, includeDeleted);
  }

  /**
   * Orders by {@code column} ascending, after any columns ordered already.
   *
   * @param column the column's name, an identifier not yet in the order
   * @return a copy of this query with the change
   * @throws IllegalArgumentException for a column that is not an identifier or is already in the order
   */
  public Query orderBy(String column) {
    return orderBy(column, Direction.ASC);
  }

  /**
   * Orders by {@code column}, after any columns ordered already.
   *
   * @param column the column's name, an identifier not yet in the order
   * @param direction ascending or descending, not null
   * @return a copy of this query with the change
   * @throws IllegalArgumentException for a column that is not an identifier or is already in the order
   * @throws NullPointerException if {@code direction} is null
   */
  public Query orderBy(String column, Direction direction) {
    Order next = new Order(column, direction);
    for (Order o : order) {
      if (o.column().equals(column)) {
        throw new IllegalArgumentException("orderBy: column '" + column + "' is already in the order");
      }
    }
    List<Order> more = new ArrayList<>(order);
    more.add(next);
    return new Query(filter, List.copyOf(more), limit, cursor, select, includeDeleted);
  }

  /**
   * The page size; {@value #DEFAULT_LIMIT} unless set.
   *
   * @param limit rows per page, 1 to {@value #MAX_LIMIT}
   * @return a copy of this query with the change
   * @throws IllegalArgumentException for a limit outside 1 to {@value #MAX_LIMIT}
   */
  public Query limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    return new Query(filter, order, limit, cursor, select, includeDeleted);
  }

  /**
   * Continues after the page that returned {@code cursor} ({@link dev.amba.Page#nextCursor()}).
   * Use it with the same order it came from; the server rejects a cursor of another order.
   *
   * @param cursor the previous page's next cursor, not blank
   * @return a copy of this query with the change
   * @throws NullPointerException if {@code cursor} is null (leave it out for the first page)
   * @throws IllegalArgumentException if {@code cursor} is blank
   */
  public Query cursor(String cursor) {
    Objects.requireNonNull(cursor, "cursor must not be null; use a query without a cursor for the first page");
    if (cursor.isBlank()) {
      throw new IllegalArgumentException("cursor must not be blank");
    }
    return new Query(filter, order, limit, cursor, select, includeDeleted);
  }

  /**
   * Returns only these columns of each row (server-managed ones included when named).
   *
   * @param columns at least one column name, each an identifier; a repeated name counts once
   * @return a copy of this query with the change
   * @throws NullPointerException if {@code columns} is null
   * @throws IllegalArgumentException for no column, or one that is not an identifier
   */
  public Query select(String... columns) {
    Objects.requireNonNull(columns, "select: columns");
    return select(Arrays.asList(columns));
  }

  /**
   * Returns only these columns of each row (server-managed ones included when named).
   *
   * @param columns at least one column name, each an identifier; a repeated name counts once
   * @return a copy of this query with the change
   * @throws NullPointerException if {@code columns} is null
   * @throws IllegalArgumentException for no column, or one that is not an identifier
   */
  public Query select(Collection<String> columns) {
    Objects.requireNonNull(columns, "select: columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("select: name at least one column (leave select out for all columns)");
    }
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String c : columns) {
      unique.add(CollectionNames.column(c, "select: column"));
    }
    return new Query(filter, order, limit, cursor, List.copyOf(unique), includeDeleted);
  }

  /**
   * Also returns the acting user's soft-deleted rows (their {@code deleted_at} is set).
   *
   * @return a copy of this query with the change
   */
  public Query includeDeleted() {
    return new Query(filter, order, limit, cursor, select, true);
  }

  /**
   * The filter.
   *
   * @return the filter, or empty for every row
   */
  public Optional<Filter> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * The order columns, in order.
   *
   * @return the order, unmodifiable; empty for the default order (oldest first)
   */
  public List<Order> order() {
    return order;
  }

  /**
   * The page size.
   *
   * @return rows per page, 1 to {@value #MAX_LIMIT}
   */
  public int limit() {
    return limit;
  }

  /**
   * Where the page starts.
   *
   * @return the cursor, or empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * The selected columns.
   *
   * @return the columns, unmodifiable; empty for all
   */
  public List<String> selected() {
    return select;
  }

  /**
   * Whether soft-deleted rows are read too.
   *
   * @return true after {@link #includeDeleted()}
   */
  public boolean includesDeleted() {
    return includeDeleted;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q && Objects.equals(filter, q.filter) && order.equals(q.order) && limit == q.limit
        && Objects.equals(cursor, q.cursor) && select.equals(q.select) && includeDeleted == q.includeDeleted;
  }

  @Override
  public int hashCode() {
    return Objects.hash(filter, order, limit, cursor, select, includeDeleted);
  }

  @Override
  public String toString() {
    return "Query{filter=" + filter + ", order=" + order + ", limit=" + limit
        + (cursor == null ? "" : ", cursor=" + cursor) + (select.isEmpty() ? "" : ", select=" + select)
        + (includeDeleted ? ", includeDeleted" : "") + '}';
  }
}
