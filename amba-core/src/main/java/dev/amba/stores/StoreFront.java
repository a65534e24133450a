package dev.amba.stores;

import java.util.List;
import java.util.Objects;

/**
 * A store as one user sees it: the store and the listings it shows now, in order.
 *
 * @param store the store itself
 * @param listings the listings inside their windows whose items are active, by {@code sortOrder}
 */
public record StoreFront(Store store, List<StoreListingView> listings) {

  /**
   * Checks the store and copies the listings, so the record is immutable.
   *
   * @param store the store itself, not null
   * @param listings the listings it shows, or null for none
   * @throws NullPointerException when {@code store} is null
   */
  public StoreFront {
    Objects.requireNonNull(store, "store");
    listings = listings == null ? List.of() : List.copyOf(listings);
  }
}
