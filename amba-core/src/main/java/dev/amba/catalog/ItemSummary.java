package dev.amba.catalog;

/**
 * What a bundle's content entry tells of the content item: enough to show it.
 *
 * @param key the item's key (older answers: {@code sku})
 * @param name the item's name shown to users
 * @param iconUrl the icon, or null
 */
public record ItemSummary(String key, String name, String iconUrl) {}
