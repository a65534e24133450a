package dev.amba;

import java.util.List;

/**
 * One page of an offset-paged list.
 *
 * @param <T> the item type
 * @param items the page's items, in the server's order
 * @param total how many items match in all
 * @param offset the index of the first item of this page
 * @param limit the page size asked for
 */
public record OffsetPage<T>(List<T> items, long total, int offset, int limit) {

  /**
   * Copies {@code items}.
   *
   * @param items the page's items
   * @param total how many items match in all
   * @param offset the index of the first item of this page
   * @param limit the page size asked for
   * @throws NullPointerException if {@code items} or one of its elements is null
   */
  public OffsetPage {
    items = List.copyOf(items);
  }

  /**
   * Whether items remain after this page.
   *
   * @return true when {@code offset + items().size()} is below {@code total}
   */
  public boolean hasMore() {
    return (long) offset + items.size() < total;
  }
}
