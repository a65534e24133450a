package dev.amba.testkit.internal.engagement;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What an inventory purchase reads to price itself (amba-api-modules.md 20.4 #1, 19.3): the item,
 * the store and listing it is bought through, and the effective price. Implemented by the stores
 * module over the catalog; the inventory module receives it through its Routes constructor and
 * checks the rest of 20.4 #1 itself (payable price, per-user cap, durable owned, balance).
 */
public interface Offers extends CatalogReadings {

  /**
   * Prices a purchase, in the order 20.4 #1 checks: the item (active), then, when
   * {@code storeIdOrKey} is given, the store (active and visible to the user) and the item's
   * listing in it (inside its window on the emulator's clock), then the effective price.
   *
   * @param itemIdOrKey the item's id or key (M1)
   * @param storeIdOrKey the store's id or key, or null for a purchase at catalog prices
   * @throws dev.amba.testkit.internal.ApiException 404 {@code not_found} when the item is missing
   *     or inactive, the store missing, inactive or not visible to the user, or the item not listed
   *     there or outside its window; the message says which
   */
  Quote quote(Connection c, String projectId, String userId, String itemIdOrKey, String currencyCode,
      String storeIdOrKey) throws SQLException;

  /**
   * A priced purchase.
   *
   * @param listing the listing it goes through, or null without a store
   * @param price the effective price (19.3): the listing's override in that currency when it has
   *     one, else the catalog price there; null when neither exists (the purchase answers 400
   *     {@code no_price})
   */
  record Quote(Item item, Listing listing, BigDecimal price) {

    /**
     * The price as a whole amount a balance can pay, or null: none, fractional (a display price
     * such as 4.99) or past a long (20.4 #7). Whether the code is a defined currency is the
     * currencies module's to say.
     */
    public Long payableAmount() {
      if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 0
          || price.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        return null;
      }
      return price.longValueExact();
    }
  }

  /**
   * The store listing a purchase goes through.
   *
   * @param maxPurchasesPerUser how often one user may buy through this listing, or null for no cap
   *     (the purchase counts that user's purchases of {@code listingId}: 400 {@code max_purchases_reached})
   */
  record Listing(String storeId, String listingId, Integer maxPurchasesPerUser) {}
}
