package dev.amba.catalog;

/**
 * One content of a bundle as an item's detail shows it.
 *
 * @param contentItemId the item a purchase of the bundle grants
 * @param quantity how many it grants, at least 1
 * @param item the content item's key, name and icon; null when the service sent none
 */
public record BundleEntry(String contentItemId, int quantity, ItemSummary item) {}
