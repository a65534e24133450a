package dev.amba;

import java.util.List;
import java.util.Optional;

/**
 * One page of a cursor-paged list. Pass {@link #nextCursor()} back to get the page after it; the
 * {@code findAll}/{@code listAll} methods do that for you, lazily.
 *
 * @param items the page's items, in the server's order
 * @param nextCursor the opaque cursor of the next page, or null on the last page
 * @param hasMore whether another page follows
 */
public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {

  /**
   * Copies the items.
   *
   * @param items {@link #items()}
   * @param nextCursor {@link #nextCursor()}
   * @param hasMore {@link #hasMore()}
   * @throws NullPointerException when {@code items} or one of them is null
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The cursor of the next page.
   *
   * @return {@link #nextCursor()}, or empty on the last page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(nextCursor);
  }
}
