package dev.amba.stores;

import dev.amba.internal.WireForms;
import dev.amba.internal.stores.StoreArguments;
import java.util.Map;

/**
 * The settings of a listing to change; only those set are sent. The service checks the window on
 * the listing as it will be, so a new end before the listing's start is refused. Immutable: each
 * method returns a new value.
 *
 * <pre>{@code
 * amba.stores().updateListing(storeId, listingId, ListingUpdate.create().clearAvailableUntil());
 * }</pre>
 */
public final class ListingUpdate extends ListingFields<ListingUpdate> {

  static {
    WireForms.register(ListingUpdate.class, ListingUpdate::fields);
  }

  private ListingUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update to set changes on
   */
  public static ListingUpdate create() {
    return new ListingUpdate(Map.of());
  }

  /**
   * Lists another catalog item instead; the store must not list that one already.
   *
   * @param catalogItemId the id (not the key) of the catalog item to list, not blank
   * @return a copy with the item set
   * @throws IllegalArgumentException when {@code catalogItemId} is null or blank
   */
  public ListingUpdate catalogItemId(String catalogItemId) {
    return with("catalog_item_id", StoreArguments.catalogItemId(catalogItemId));
  }

  /**
   * Removes the store's own prices: purchases pay the catalog prices.
   *
   * @return a copy that sends the override prices as null
   */
  public ListingUpdate clearOverridePrices() {
    return with("override_prices", null);
  }

  /**
   * Shows the listing at once.
   *
   * @return a copy that sends the window's start as null
   */
  public ListingUpdate clearAvailableFrom() {
    return with("available_from", null);
  }

  /**
   * Shows the listing for ever.
   *
   * @return a copy that sends the window's end as null
   */
  public ListingUpdate clearAvailableUntil() {
    return with("available_until", null);
  }

  /**
   * Removes the per-user limit.
   *
   * @return a copy that sends the limit as null
   */
  public ListingUpdate clearMaxPurchasesPerUser() {
    return with("max_purchases_per_user", null);
  }

  @Override
  ListingUpdate make(Map<String, Object> changed) {
    return new ListingUpdate(changed);
  }
}
