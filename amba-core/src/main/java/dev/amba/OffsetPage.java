package dev.amba;

import java.util.List;

/**
 * One page of an offset-paged list.
 *
 * @param items the page's items, in the server's order
 * @param total how many items match in all
 * @param offset the index of the first item of this page
 * @param limit the page size asked for
 */
public record OffsetPage<T>(List<T> items, long total, int offset, int limit) {

  /**
   * Copies the items.
   *
   * @param items {@link #items()}
   * @param total {@link #total()}
   * @param offset {@link #offset()}
   * @param limit {@link #limit()}
   * @throws NullPointerException when {@code items} or one of them is null
   */
  public OffsetPage {
    items = List.copyOf(items);
  }

  /**
   * Whether items remain after this page.
   *
   * @return true when {@code offset} plus this page's size is below {@code total}
   */
  public boolean hasMore() {
    return (long) offset + items.size() < total;
  }
}
