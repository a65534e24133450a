package dev.amba.stores;

import java.util.List;
import java.util.Objects;

/**
 * A store as one user sees it: the store and the listings it shows now, in order.
 *
 * @param listings the listings inside their windows whose items are active, by {@code sortOrder}
 */
public record StoreFront(Store store, List<StoreListingView> listings) {

  public StoreFront {
    Objects.requireNonNull(store, "store");
    listings = listings == null ? List.of() : List.copyOf(listings);
  }
}
