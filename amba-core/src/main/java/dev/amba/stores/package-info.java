/**
 * Stores: named sets of catalog listings, each with its own prices, order, window and per-user
 * limit, shown to every user or to one segment's members.
 *
 * <p>Admins manage stores through {@link dev.amba.AmbaClient#stores()}; a user's app reads the
 * stores it may see through {@link dev.amba.AmbaUser#stores()}. Items and their catalog prices
 * come from {@code dev.amba.catalog}; purchases go through inventory.
 *
 * <pre>{@code
 * Store shop = amba.stores().create(NewStore.named("Weekend sale").key("weekend_sale"));
 * amba.stores().addListing(shop.id(), NewListing.of(swordId).overridePrice("gems", 150)
 *     .availableFrom(saturday).availableUntil(monday));
 * StoreFront seen = amba.asUser(uid).stores().get("weekend_sale");   // empty listings before Saturday
 * }</pre>
 */
package dev.amba.stores;
