package dev.amba.content;

import java.util.List;

/**
 * One page of a library's active items, by {@code sort_order}.
 *
 * @param items the page's items
 * @param total how many items match in all
 * @param offset how many items come before this page
 * @param limit the page size asked for
 * @param nextCursor where the next page starts, for {@link LibraryQuery#after}; null on the last page
 */
public record ContentItemPage(List<ContentItem> items, long total, int offset, int limit, String nextCursor) {

  /**
   * Copies the items.
   *
   * @param items {@link #items()}
   * @param total {@link #total()}
   * @param offset {@link #offset()}
   * @param limit {@link #limit()}
   * @param nextCursor {@link #nextCursor()}
   * @throws NullPointerException when {@code items} or one of them is null
   */
  public ContentItemPage {
    items = List.copyOf(items);
  }

  /**
   * Whether items remain after this page.
   *
   * @return true when {@link #nextCursor()} is set
   */
  public boolean hasMore() {
    return nextCursor != null;
  }
}
