package dev.amba.stores;

import java.util.List;

/**
 * The stores the acting user may see, from {@code amba.asUser(uid).stores()}: active ones, each
 * with the listings it shows now. Buying through a store goes through inventory, which charges the
 * listing's price.
 *
 * <pre>{@code
 * StoreFront shop = amba.asUser(uid).stores().get("gem_shop");
 * shop.listings().forEach(l -> show(l.item().name(), l.price("gems")));
 * }</pre>
 */
public interface UserStores {

  /**
   * The active stores the user may see, by name.
   *
   * @return the stores, empty when the user may see none
   */
  List<Store> list();

  /**
   * One store with its listings as the user sees them now: inside their windows, of active items,
   * by sort order.
   *
   * @param idOrKey the store's id or key
   * @return the store and the listings the user sees now, in order
   * @throws dev.amba.AmbaNotFoundException when the project has no such store, or it is inactive,
   *     or the user may not see it
   */
  StoreFront get(String idOrKey);
}
