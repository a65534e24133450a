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
   * @return the query for the first 50 items of every category
   */
  public static LibraryQuery first() {
    return new LibraryQuery(50, 0, null, null);
  }

  /**
   * The page a previous page's {@code nextCursor} names.
   *
   * @param cursor the {@link ContentItemPage#nextCursor()} of the previous page, not blank
   * @return the query for the page after it, 50 items
   * @throws IllegalArgumentException for a null or blank cursor, or one that is not a single path segment
   */
  public static LibraryQuery after(String cursor) {
    return new LibraryQuery(50, 0, ModuleArguments.idOrKey(cursor, "cursor"), null);
  }

  /**
   * The page starting at {@code offset}.
   *
   * @param offset how many items to skip, 0 or more
   * @return the query for that page, 50 items
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public static LibraryQuery at(int offset) {
    return new LibraryQuery(50, ModuleArguments.range(offset, 0, Integer.MAX_VALUE, "offset"), null, null);
  }

  /**
   * The page size; 50 unless set.
   *
   * @param limit 1..{@value #MAX_LIMIT}
   * @return a copy with this page size
   * @throws IllegalArgumentException for a limit outside 1 to {@value #MAX_LIMIT}
   */
  public LibraryQuery limit(int limit) {
    return new LibraryQuery(ModuleArguments.range(limit, 1, MAX_LIMIT, "limit"), offset, cursor, category);
  }

  /**
   * Only the items of this category.
   *
   * @param category the category, non-blank, 1 to 64 characters
   * @return a copy with this filter
   * @throws IllegalArgumentException for a null, blank or over-long category
   */
  public LibraryQuery category(String category) {
    return new LibraryQuery(limit, offset, cursor, ContentArguments.category(category));
  }

  /**
   * The page size.
   *
   * @return items per page, 1 to {@value #MAX_LIMIT}
   */
  public int limitValue() {
    return limit;
  }

  /**
   * Where the page starts, by position.
   *
   * @return items skipped; 0 for the first page and for a cursor query
   */
  public int offsetValue() {
    return offset;
  }

  /**
   * Where the page starts, by cursor.
   *
   * @return the cursor given to {@link #after}, or empty
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
