package dev.amba.stores;

import dev.amba.catalog.ItemPrice;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A listing with its catalog item, as a store's listings are read.
 *
 * @param listing the listing as stored
 * @param item the listed item; null only when the service sent none
 */
public record StoreListingView(StoreListing listing, ListedItem item) {

  /**
   * Checks that the listing is there.
   *
   * @param listing the listing, not null
   * @param item the listed item, or null
   * @throws NullPointerException when {@code listing} is null
   */
  public StoreListingView {
    Objects.requireNonNull(listing, "listing");
  }

  /**
   * What a purchase of the item through this listing costs in a currency (19.3): the listing's
   * override price when it has one in that currency, else the item's catalog price there, else
   * empty. Whether it can be paid (a whole number, in a currency the project defines) is decided
   * by the purchase.
   *
   * @param currencyCode the currency's code
   * @return the price in that currency, or empty when neither the listing nor the item has one
   * @throws NullPointerException when {@code currencyCode} is null
   */
  public Optional<BigDecimal> price(String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    Long override = listing.overridePrices().get(currencyCode);
    if (override != null) {
      return Optional.of(BigDecimal.valueOf(override));
    }
    if (item != null) {
      for (ItemPrice p : item.catalogPrices()) {
        if (currencyCode.equals(p.currencyCode())) {
          return Optional.ofNullable(p.price());
        }
      }
    }
    return Optional.empty();
  }
}
