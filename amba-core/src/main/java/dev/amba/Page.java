package dev.amba;

import java.util.List;
import java.util.Optional;

/**
 * One page of a cursor-paged list. Pass {@link #nextCursor()} back to get the page after it; the
 * {@code findAll}/{@code listAll} methods do that for you, lazily.
 *
 * @param <T> the item type
 * @param items the page's items, in the server's order
 * @param nextCursor the opaque cursor of the next page, or null on the last page
 * @param hasMore whether another page follows
 */
public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {

  /**
   * Copies {@code items}.
   *
   * @param items the page's items
   * @param nextCursor the cursor of the next page, or null
   * @param hasMore whether another page follows
   * @throws NullPointerException if {@code items} or one of its elements is null
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The next page's cursor.
   *
   * @return {@link #nextCursor()}, or empty on the last page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(nextCursor);
  }
}
