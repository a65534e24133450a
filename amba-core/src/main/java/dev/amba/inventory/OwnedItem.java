package dev.amba.inventory;

import dev.amba.catalog.ItemType;

/**
 * The catalog item of an inventory row, as the inventory shows it: enough to display it.
 *
 * @param key the item's key (older answers: {@code sku})
 * @param name the item's name as users are shown it
 * @param iconUrl the icon, or null
 * @param itemType durable or consumable (a bundle is never owned itself)
 * @param category the item's category, or null
 */
public record OwnedItem(String key, String name, String iconUrl, ItemType itemType, String category) {}
