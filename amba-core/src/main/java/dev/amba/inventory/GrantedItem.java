package dev.amba.inventory;

/**
 * What a purchase added to the user's inventory: the item bought, or each content of a bundle.
 *
 * @param catalogItemId the item credited
 * @param quantity how many were added
 */
public record GrantedItem(String catalogItemId, long quantity) {}
