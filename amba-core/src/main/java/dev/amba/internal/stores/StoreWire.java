package dev.amba.internal.stores;

import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemType;
import dev.amba.internal.util.JsonValues;
import dev.amba.stores.ListedItem;
import dev.amba.stores.Store;
import dev.amba.stores.StoreFront;
import dev.amba.stores.StoreListing;
import dev.amba.stores.StoreListingView;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Store answers as they arrive (19.3). A listing and its view share one shape, the view adding the
 * item as {@code catalog_items}; the 4.x core's {@code sku} is read for the item's key when
 * {@code key} is absent, and never sent.
 */
public final class StoreWire {

  private StoreWire() {}

  public record Front(Store store, List<Listing> listings) {

    StoreFront toPublic() {
      return new StoreFront(store, listings == null ? List.of() : listings.stream().map(Listing::toView).toList());
    }
  }

  public record Listing(
      String id,
      String storeId,
      String catalogItemId,
      Map<String, Long> overridePrices,
      Integer sortOrder,
      Instant availableFrom,
      Instant availableUntil,
      Integer maxPurchasesPerUser,
      Instant createdAt,
      Instant updatedAt,
      Item catalogItems) {

    StoreListing toListing() {
      return new StoreListing(id, storeId, catalogItemId, overridePrices, sortOrder == null ? 0 : sortOrder,
          availableFrom, availableUntil, maxPurchasesPerUser, createdAt, updatedAt);
    }

    StoreListingView toView() {
      return new StoreListingView(toListing(), catalogItems == null ? null : catalogItems.toPublic());
    }
  }

  public record Item(
      String key,
      String sku,
      String name,
      String iconUrl,
      String itemType,
      String category,
      List<String> tags,
      JsonObject metadata,
      List<ItemPrice> catalogItemPrices) {

    ListedItem toPublic() {
      // Durable is what the service makes of an item created without a type.
      ItemType type = itemType == null || itemType.isBlank() ? ItemType.DURABLE : new ItemType(itemType);
      return new ListedItem(key != null ? key : sku, name, iconUrl, type, category, tags,
          metadata == null ? Map.of() : JsonValues.toMap(metadata), catalogItemPrices);
    }
  }
}
