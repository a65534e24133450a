package dev.amba.stores;

import dev.amba.internal.WireForms;
import dev.amba.internal.stores.StoreArguments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalog item to list in a store. Unset settings take the service's defaults: catalog prices,
 * sort order 0, always available, no per-user limit. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.stores().addListing(shop.id(), NewListing.of(sword.id()).overridePrice("gems", 200)
 *     .availableFrom(saleStart).availableUntil(saleEnd).maxPurchasesPerUser(1));
 * }</pre>
 */
public final class NewListing extends ListingFields<NewListing> {

  static {
    WireForms.register(NewListing.class, NewListing::fields);
  }

  private NewListing(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A listing of one catalog item with the service's defaults.
   *
   * @param catalogItemId the id (not the key) of the catalog item to list; a store lists an item once
   * @return the listing, ready for {@link ProjectStores#addListing}
   * @throws IllegalArgumentException when {@code catalogItemId} is null or blank
   */
  public static NewListing of(String catalogItemId) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("catalog_item_id", StoreArguments.catalogItemId(catalogItemId));
    return new NewListing(f);
  }

  @Override
  NewListing make(Map<String, Object> changed) {
    return new NewListing(changed);
  }
}
