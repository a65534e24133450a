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

  /** An update that changes nothing yet; sending it empty is refused. */
  public static ListingUpdate create() {
    return new ListingUpdate(Map.of());
  }

  /** Lists another catalog item instead; the store must not list that one already. */
  public ListingUpdate catalogItemId(String catalogItemId) {
    return with("catalog_item_id", StoreArguments.catalogItemId(catalogItemId));
  }

  /** Removes the store's own prices: purchases pay the catalog prices. */
  public ListingUpdate clearOverridePrices() {
    return with("override_prices", null);
  }

  /** Shows the listing at once. */
  public ListingUpdate clearAvailableFrom() {
    return with("available_from", null);
  }

  /** Shows the listing for ever. */
  public ListingUpdate clearAvailableUntil() {
    return with("available_until", null);
  }

  /** Removes the per-user limit. */
  public ListingUpdate clearMaxPurchasesPerUser() {
    return with("max_purchases_per_user", null);
  }

  @Override
  ListingUpdate make(Map<String, Object> changed) {
    return new ListingUpdate(changed);
  }
}
