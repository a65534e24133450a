package dev.amba.content;

import java.util.List;

/**
 * One page of a library's active items, by {@code sort_order}.
 *
 * @param items the items of this page, in order; empty past the end
 * @param total how many items match in all
 * @param offset how many matching items come before this page
 * @param limit the page size asked for
 * @param nextCursor where the next page starts, for {@link LibraryQuery#after}; null on the last page
 */
public record ContentItemPage(List<ContentItem> items, long total, int offset, int limit, String nextCursor) {

  /**
   * Copies {@code items}.
   *
   * @param items the items of this page
   * @param total how many items match in all
   * @param offset how many matching items come before this page
   * @param limit the page size asked for
   * @param nextCursor where the next page starts, or null
   * @throws NullPointerException if {@code items} or one of its elements is null
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
