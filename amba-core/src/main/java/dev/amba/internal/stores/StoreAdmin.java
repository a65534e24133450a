package dev.amba.internal.stores;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.StoreEndpoints;
import dev.amba.internal.util.TextArguments;
import dev.amba.stores.ListingUpdate;
import dev.amba.stores.NewListing;
import dev.amba.stores.NewStore;
import dev.amba.stores.ProjectStores;
import dev.amba.stores.Store;
import dev.amba.stores.StoreListing;
import dev.amba.stores.StoreListingView;
import dev.amba.stores.StoreUpdate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Stores and their listings (server key). */
public final class StoreAdmin implements ProjectStores {

  private static final java.lang.reflect.Type STORES = Json.parameterized(List.class, Store.class);
  private static final java.lang.reflect.Type LISTINGS = Json.parameterized(List.class, StoreWire.Listing.class);

  private final ProjectCalls calls;

  public StoreAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Store create(NewStore store) {
    Objects.requireNonNull(store, "store");
    return calls.call(StoreEndpoints.ADMIN_CREATE).body(WireForms.of(store)).data(Store.class);
  }

  @Override
  public List<Store> list() {
    List<Store> stores = calls.call(StoreEndpoints.ADMIN_LIST).data(STORES);
    return List.copyOf(stores);
  }

  @Override
  public Store update(String storeId, StoreUpdate update) {
    TextArguments.pathValue(storeId, "storeId");
    Objects.requireNonNull(update, "update");
    return calls.call(StoreEndpoints.ADMIN_UPDATE, storeId).body(nonEmpty(WireForms.of(update))).data(Store.class);
  }

  @Override
  public void delete(String storeId) {
    TextArguments.pathValue(storeId, "storeId");
    calls.call(StoreEndpoints.ADMIN_DELETE, storeId).data(Map.class);
  }

  @Override
  public StoreListing addListing(String storeId, NewListing listing) {
    TextArguments.pathValue(storeId, "storeId");
    Objects.requireNonNull(listing, "listing");
    return calls.call(StoreEndpoints.ADMIN_LISTING_CREATE, storeId).body(WireForms.of(listing))
        .<StoreWire.Listing>data(StoreWire.Listing.class).toListing();
  }

  @Override
  public List<StoreListingView> listings(String storeId) {
    TextArguments.pathValue(storeId, "storeId");
    List<StoreWire.Listing> all = calls.call(StoreEndpoints.ADMIN_LISTING_LIST, storeId).data(LISTINGS);
    return all.stream().map(StoreWire.Listing::toView).toList();
  }

  @Override
  public StoreListing updateListing(String storeId, String listingId, ListingUpdate update) {
    TextArguments.pathValue(storeId, "storeId");
    TextArguments.pathValue(listingId, "listingId");
    Objects.requireNonNull(update, "update");
    return calls.call(StoreEndpoints.ADMIN_LISTING_UPDATE, storeId, listingId).body(nonEmpty(WireForms.of(update)))
        .<StoreWire.Listing>data(StoreWire.Listing.class).toListing();
  }

  @Override
  public void deleteListing(String storeId, String listingId) {
    TextArguments.pathValue(storeId, "storeId");
    TextArguments.pathValue(listingId, "listingId");
    calls.call(StoreEndpoints.ADMIN_LISTING_DELETE, storeId, listingId).data(Map.class);
  }

  private static Map<String, Object> nonEmpty(Map<String, Object> body) {
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one setting");
    }
    return body;
  }
}
