package dev.amba.content;

import dev.amba.internal.content.ContentArguments;
import dev.amba.internal.util.ModuleArguments;
import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a library's active items a user reads: from the start, an offset or a cursor, at
 * most {@code limit} items (50 unless set, at most 100), optionally one category. Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * ContentItemPage first = user.content().getLibrary("tips", LibraryQuery.first().limit(20));
 * ContentItemPage next = user.content().getLibrary("tips", LibraryQuery.after(first.nextCursor()));
 * }</pre>
 */
public final class LibraryQuery {

  /** The largest page the service serves. */
  public static final int MAX_LIMIT = 100;

  private final int limit;
  private final int offset;
  private final String cursor;
  private final String category;

  private LibraryQuery(int limit, int offset, String cursor, String category) {
    this.limit = limit;
    this.offset = offset;
    this.cursor = cursor;
    this.category = category;
  }

  /**
   * The first page.
   *
   * @return a query for the first 50 items
   */
  public static LibraryQuery first() {
    return new LibraryQuery(50, 0, null, null);
  }

  /**
   * The page a previous page's {@code nextCursor} names.
   *
   * @param cursor {@link ContentItemPage#nextCursor()} of the page before
   * @return a query for the 50 items from there
   * @throws IllegalArgumentException when {@code cursor} is null or blank
   */
  public static LibraryQuery after(String cursor) {
    return new LibraryQuery(50, 0, ModuleArguments.idOrKey(cursor, "cursor"), null);
  }

  /**
   * The page starting at {@code offset}, 0 or more.
   *
   * @param offset how many items to skip
   * @return a query for the 50 items from there
   * @throws IllegalArgumentException when {@code offset} is negative
   */
  public static LibraryQuery at(int offset) {
    return new LibraryQuery(50, ModuleArguments.range(offset, 0, Integer.MAX_VALUE, "offset"), null, null);
  }

  /**
   * Sets the page size.
   *
   * @param limit 1..{@value #MAX_LIMIT}
   * @return a copy of this query with that page size
   * @throws IllegalArgumentException when {@code limit} is outside 1 to {@value #MAX_LIMIT}
   */
  public LibraryQuery limit(int limit) {
    return new LibraryQuery(ModuleArguments.range(limit, 1, MAX_LIMIT, "limit"), offset, cursor, category);
  }

  /**
   * Only the items of this category.
   *
   * @param category 1 to 64 characters, not blank
   * @return a copy of this query with the filter
   * @throws IllegalArgumentException when {@code category} is null, blank or too long
   */
  public LibraryQuery category(String category) {
    return new LibraryQuery(limit, offset, cursor, ContentArguments.category(category));
  }

  /**
   * The page size.
   *
   * @return 1 to {@value #MAX_LIMIT}; 50 unless set
   */
  public int limitValue() {
    return limit;
  }

  /**
   * Where an offset page starts.
   *
   * @return the offset; 0 unless set, and unused when a cursor is set
   */
  public int offsetValue() {
    return offset;
  }

  /**
   * Where a cursor page starts.
   *
   * @return the cursor, or empty for an offset page
   */
  public Optional<String> cursorValue() {
    return Optional.ofNullable(cursor);
  }

  /**
   * The category filter.
   *
   * @return the category, or empty for every category
   */
  public Optional<String> categoryValue() {
    return Optional.ofNullable(category);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LibraryQuery q && q.limit == limit && q.offset == offset && Objects.equals(q.cursor, cursor)
        && Objects.equals(q.category, category);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, offset, cursor, category);
  }

  @Override
  public String toString() {
    return "LibraryQuery{limit=" + limit + ", offset=" + offset + ", cursor=" + cursor + ", category=" + category + '}';
  }
}
