package dev.amba.catalog;

import java.util.stream.Stream;

/**
 * The project's catalog as the acting user's app sees it, from {@code amba.asUser(uid).catalog()}:
 * active items only, with their prices. Buying goes through inventory; what a store offers, and at
 * which price, through stores.
 *
 * <pre>{@code
 * UserCatalog catalog = amba.asUser(uid).catalog();
 * catalog.items(CatalogFilter.all().category("skins")).forEach(v -> show(v.item(), v.price("gems")));
 * CatalogItemDetail pack = catalog.item("starter_pack");   // by key or id, with bundle contents
 * }</pre>
 */
public interface UserCatalog {

  /** Every active item, oldest first; see {@link #items(CatalogFilter)}. */
  Stream<CatalogItemView> items();

  /**
   * The active items the filter admits, oldest first, fetched a page at a time as the stream is
   * consumed; nothing is loaded ahead, and no connection is held between pages.
   */
  Stream<CatalogItemView> items(CatalogFilter filter);

  /**
   * One active item with its prices and bundle contents.
   *
   * @param idOrKey the item's id or key
   * @throws dev.amba.AmbaNotFoundException ({@code fetch_failed}) when the project has no such item,
   *     or it is inactive
   */
  CatalogItemDetail item(String idOrKey);
}
