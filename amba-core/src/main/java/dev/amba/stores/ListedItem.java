package dev.amba.stores;

import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog item of a listing, as a store shows it: what to display, and its catalog prices.
 *
 * @param key the item's key (older answers: {@code sku})
 * @param name the item's name shown to users
 * @param iconUrl the icon, or null
 * @param itemType durable, consumable or bundle
 * @param category the item's category, or null
 * @param tags the item's tags; empty when none
 * @param metadata the app's own data about the item, as JSON values; immutable
 * @param catalogPrices the item's catalog prices, by currency code; a listing's override price wins
 *     over these, see {@link StoreListingView#price}
 */
public record ListedItem(
    String key,
    String name,
    String iconUrl,
    ItemType itemType,
    String category,
    List<String> tags,
    Map<String, Object> metadata,
    List<ItemPrice> catalogPrices) {

  /**
   * Copies the tags, metadata and prices, so the record is immutable; null reads as empty.
   *
   * @param key the item's key
   * @param name the item's name
   * @param iconUrl the icon, or null
   * @param itemType the item's type
   * @param category the item's category, or null
   * @param tags the item's tags, or null for none
   * @param metadata the app's own data about the item, or null for none
   * @param catalogPrices the item's catalog prices, or null for none
   */
  public ListedItem {
    tags = tags == null ? List.of() : List.copyOf(tags);
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    catalogPrices = catalogPrices == null ? List.of() : List.copyOf(catalogPrices);
  }
}
