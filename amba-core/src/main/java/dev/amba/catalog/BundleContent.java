package dev.amba.catalog;

/**
 * One content of a bundle, as stored: buying the bundle grants {@code quantity} of the content
 * item. A bundle holds each content item once; setting it again replaces the quantity.
 *
 * @param id the content row's id
 * @param bundleItemId the bundle (an item of type {@link ItemType#BUNDLE})
 * @param contentItemId the item granted; never itself a bundle
 * @param quantity how many a purchase grants, at least 1
 */
public record BundleContent(String id, String bundleItemId, String contentItemId, int quantity) {}
