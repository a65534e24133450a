package dev.amba.content;

import java.util.List;

/**
 * One page of a library's active items, by {@code sort_order}.
 *
 * @param total how many items match in all
 * @param nextCursor where the next page starts, for {@link LibraryQuery#after}; null on the last page
 */
public record ContentItemPage(List<ContentItem> items, long total, int offset, int limit, String nextCursor) {

  public ContentItemPage {
    items = List.copyOf(items);
  }

  /** Whether items remain after this page. */
  public boolean hasMore() {
    return nextCursor != null;
  }
}
