package dev.amba.stores;

import java.util.List;

/**
 * Admin: the project's stores and their listings, from {@code amba.stores()} (server key). Paths
 * take a store's id and a listing's id.
 *
 * <pre>{@code
 * Store shop = amba.stores().create(NewStore.named("Gem shop").key("gem_shop"));
 * amba.stores().addListing(shop.id(), NewListing.of(swordId).overridePrice("gems", 200).sortOrder(1));
 * }</pre>
 */
public interface ProjectStores {

  /**
   * Adds an active store without listings.
   *
   * @param store the name and the optional key, description and segment
   * @return the store as stored, with its id
   * @throws dev.amba.AmbaConflictException ({@code store_exists}) when the key is taken
   * @throws dev.amba.AmbaNotFoundException ({@code segment_not_found}) when the project has no
   *     segment with the store's {@code segmentId}
   */
  Store create(NewStore store);

  /**
   * Every store, active or not, by name.
   *
   * @return the stores, empty when there are none
   */
  List<Store> list();

  /**
   * Changes the settings {@code update} sets.
   *
   * @param storeId the store's id
   * @param update the settings to change; at least one
   * @return the store with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no store with this id, or
   *     ({@code segment_not_found}) no segment with the new {@code segmentId}
   */
  Store update(String storeId, StoreUpdate update);

  /**
   * Deletes the store with its listings; purchases made through it are kept.
   *
   * @param storeId the store's id
   * @throws dev.amba.AmbaNotFoundException when the project has no store with this id
   */
  void delete(String storeId);

  /**
   * Lists a catalog item in the store.
   *
   * @param storeId the store's id
   * @param listing the catalog item and the listing's prices, order, window and limit
   * @return the listing as stored, with its id
   * @throws dev.amba.AmbaConflictException ({@code already_listed}) when the store lists the item
   * @throws dev.amba.AmbaNotFoundException when the project has no such store or catalog item
   */
  StoreListing addListing(String storeId, NewListing listing);

  /**
   * Every listing of the store with its item, by sort order: including those outside their windows
   * and those of inactive items, which users do not see.
   *
   * @param storeId the store's id
   * @return the listings with their items, empty when the store lists nothing
   * @throws dev.amba.AmbaNotFoundException when the project has no store with this id
   */
  List<StoreListingView> listings(String storeId);

  /**
   * Changes the settings {@code update} sets.
   *
   * @param storeId the store's id
   * @param listingId the listing's id
   * @param update the settings to change; at least one
   * @return the listing with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) when the window would end
   *     before it starts
   * @throws dev.amba.AmbaConflictException ({@code already_listed}) when it names an item the store
   *     lists in another listing
   * @throws dev.amba.AmbaNotFoundException when the store has no listing with this id
   */
  StoreListing updateListing(String storeId, String listingId, ListingUpdate update);

  /**
   * Takes a listing out of the store.
   *
   * @param storeId the store's id
   * @param listingId the listing's id
   * @throws dev.amba.AmbaNotFoundException when the store has no listing with this id
   */
  void deleteListing(String storeId, String listingId);
}
