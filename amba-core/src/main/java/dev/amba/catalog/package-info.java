/**
 * The catalog: what a project has to sell or grant (items, durable, consumable or bundles), their
 * prices in any currency, and the contents of bundles.
 *
 * <p>Admins define items through {@link dev.amba.AmbaClient#catalog()}; a user's app browses the
 * active ones through {@link dev.amba.AmbaUser#catalog()}. Stores ({@code dev.amba.stores}) list
 * items with their own prices and windows; purchases go through inventory.
 *
 * <pre>{@code
 * CatalogItem life = amba.catalog().create(NewCatalogItem.of("extra_life", "Extra life")
 *     .itemType(ItemType.CONSUMABLE));
 * amba.catalog().setPrice(life.id(), "coins", BigDecimal.valueOf(100));
 * amba.asUser(uid).catalog().item("extra_life").price("coins");   // Optional[100]
 * }</pre>
 *
 * <p>Prices are exact {@link java.math.BigDecimal}s: a display price such as 4.99 in {@code usd}
 * stays 4.99. Item metadata is the app's own JSON, returned as immutable maps and lists.
 */
package dev.amba.catalog;
