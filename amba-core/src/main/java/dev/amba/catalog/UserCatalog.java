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

  /**
   * Every active item, oldest first; see {@link #items(CatalogFilter)}.
   *
   * @return a lazy stream of the active items with their prices, empty when there are none
   */
  Stream<CatalogItemView> items();

  /**
   * The active items the filter admits, oldest first, fetched a page at a time as the stream is
   * consumed; nothing is loaded ahead, and no connection is held between pages.
   *
   * @param filter which items to admit, such as {@link CatalogFilter#all()}
   * @return a lazy stream of the admitted items with their prices, empty when none match
   */
  Stream<CatalogItemView> items(CatalogFilter filter);

  /**
   * One active item with its prices and bundle contents.
   *
   * @param idOrKey the item's id or key
   * @return the item with its prices and, for a bundle, its contents
   * @throws dev.amba.AmbaNotFoundException ({@code fetch_failed}) when the project has no such item,
   *     or it is inactive
   */
  CatalogItemDetail item(String idOrKey);
}
