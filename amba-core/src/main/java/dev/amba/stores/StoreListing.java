package dev.amba.stores;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalog item listed in a store, as stored. A store lists an item once.
 *
 * @param id the listing's id
 * @param storeId the store it belongs to
 * @param catalogItemId the catalog item it lists
 * @param overridePrices the store's own prices by currency code, whole numbers; a purchase through
 *     the store pays these where set, the catalog price elsewhere. Empty when the listing has none.
 *     Immutable
 * @param sortOrder where the listing goes among the store's, ascending; ties in the order listed
 * @param availableFrom the listing shows from this instant on, or null for at once
 * @param availableUntil the listing shows until just before this instant, or null for ever
 * @param maxPurchasesPerUser how often one user may buy the item through this listing, or null for
 *     no limit
 * @param createdAt when the listing was added, by the server's clock
 * @param updatedAt when its settings last changed, by the server's clock
 */
public record StoreListing(
    String id,
    String storeId,
    String catalogItemId,
    Map<String, Long> overridePrices,
    int sortOrder,
    Instant availableFrom,
    Instant availableUntil,
    Integer maxPurchasesPerUser,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Copies the override prices, so the record is immutable.
   *
   * @param id the listing's id
   * @param storeId the store it belongs to
   * @param catalogItemId the catalog item it lists
   * @param overridePrices the store's own prices, or null for none
   * @param sortOrder where it goes among the store's listings
   * @param availableFrom the window's start, or null
   * @param availableUntil the window's end, or null
   * @param maxPurchasesPerUser the per-user limit, or null
   * @param createdAt when it was added
   * @param updatedAt when it last changed
   */
  public StoreListing {
    overridePrices = overridePrices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(overridePrices));
  }
}
