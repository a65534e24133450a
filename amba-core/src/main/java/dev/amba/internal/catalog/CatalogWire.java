package dev.amba.internal.catalog;

import dev.amba.catalog.BundleEntry;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemDetail;
import dev.amba.catalog.CatalogItemView;
import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemSummary;
import dev.amba.catalog.ItemType;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Catalog answers as they arrive. One shape reads an item, its list view and its detail, which add
 * {@code catalog_item_prices} and {@code bundle_contents} to the same fields (18.3). The 4.x core's
 * {@code sku} is read for the key when {@code key} is absent, and never sent; the item type stays a
 * string here and becomes the open {@link ItemType} in {@code toPublic}.
 */
public final class CatalogWire {

  private CatalogWire() {}

  public record Item(
      String id,
      String key,
      String sku,
      String name,
      String description,
      String iconUrl,
      String category,
      List<String> tags,
      String itemType,
      JsonObject metadata,
      Boolean isActive,
      Instant createdAt,
      Instant updatedAt,
      List<ItemPrice> catalogItemPrices,
      List<Content> bundleContents) {

    CatalogItem toItem() {
      return new CatalogItem(id, key != null ? key : sku, name, description, iconUrl, category, tags,
          type(itemType), metadata == null ? Map.of() : JsonValues.toMap(metadata),
          // An item the service sends without the flag is one it lists, which only active ones are to users.
          !Boolean.FALSE.equals(isActive), createdAt, updatedAt);
    }

    CatalogItemView toView() {
      return new CatalogItemView(toItem(), catalogItemPrices);
    }

    CatalogItemDetail toDetail() {
      List<BundleEntry> contents = bundleContents == null ? List.of()
          : bundleContents.stream().map(Content::toPublic).toList();
      return new CatalogItemDetail(toItem(), catalogItemPrices, contents);
    }
  }

  /** A bundle's content as a detail nests it, with the content item's summary as {@code catalog_items}. */
  public record Content(String contentItemId, Integer quantity, Summary catalogItems) {

    BundleEntry toPublic() {
      return new BundleEntry(contentItemId, quantity == null ? 1 : quantity,
          catalogItems == null ? null : catalogItems.toPublic());
    }
  }

  public record Summary(String key, String sku, String name, String iconUrl) {

    ItemSummary toPublic() {
      return new ItemSummary(key != null ? key : sku, name, iconUrl);
    }
  }

  /** Durable is what the service makes of an item created without a type. */
  static ItemType type(String value) {
    return value == null || value.isBlank() ? ItemType.DURABLE : new ItemType(value);
  }
}
