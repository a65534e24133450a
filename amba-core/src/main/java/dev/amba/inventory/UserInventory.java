package dev.amba.inventory;

import java.util.List;

/**
 * The acting user's inventory, from {@code amba.asUser(uid).inventory()}: what the user owns, buying
 * with the user's currency, and using consumables up.
 *
 * <p>{@link #purchase} and {@link #consume} are safe to retry: each call sends a fresh
 * {@code Idempotency-Key} and repeats it on every attempt, so an answer lost on the way back is
 * retried and the service replays the first outcome instead of charging or consuming again. To make
 * a repeat of the whole call safe as well (a job that may run twice, a request the app may send
 * again), pass a key of the cause to the overloads that take one.
 *
 * <pre>{@code
 * UserInventory bag = amba.asUser(uid).inventory();
 * PurchaseResult bought = bag.purchase("potion", "gems");                  // at the catalog price
 * bag.purchase("potion", "gems", "weekend_sale");                          // at the store's price
 * bag.consume("potion", 1);
 * bag.list().forEach(v -> show(v.item().name(), v.quantity()));
 * }</pre>
 */
public interface UserInventory {

  /**
   * What the user owns: every item with a quantity above 0, in the order first acquired.
   *
   * @return the user's items with their catalog entries; empty when the user owns nothing
   */
  List<InventoryItemView> list();

  /**
   * One owned item.
   *
   * @param catalogItemIdOrKey the catalog item's id (a UUID) or key (1 to 64 characters of {@code [a-z0-9_]}, starting
   *     with a letter)
   * @return the user's row for the item with its catalog entry
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the user does not own it (quantity 0 included)
   */
  InventoryItemView get(String catalogItemIdOrKey);

  /**
   * Buys an item at its catalog price: the price is debited from the user's balance (one ledger row)
   * and the item credited, in one step; any failure changes nothing. A bundle credits its contents.
   *
   * @param catalogItemIdOrKey the catalog item's id (a UUID) or key (1 to 64 characters of {@code [a-z0-9_]}, starting
   *     with a letter)
   * @param currencyCode the currency's code, 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter; the item needs a
   *     whole-number price in it
   * @return what was paid, the balance left and what was credited
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code not_found} when the item is missing or inactive
   * @throws dev.amba.AmbaBadRequestException {@code no_price} (no price in that currency, or not a
   *     whole number, or not a currency of the project), {@code insufficient_balance}
   * @throws dev.amba.AmbaConflictException {@code already_owned} for a durable item the user owns
   */
  PurchaseResult purchase(String catalogItemIdOrKey, String currencyCode);

  /**
   * Buys an item through a store, at the store's price where its listing has one in that currency,
   * else at the catalog price; as {@link #purchase(String, String)} otherwise.
   *
   * @param catalogItemIdOrKey the catalog item's id (a UUID) or key (1 to 64 characters of {@code [a-z0-9_]}, starting
   *     with a letter)
   * @param currencyCode the currency's code, 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @param storeIdOrKey the store's id (a UUID) or key, or null to buy at catalog prices
   * @return what was paid, the balance left and what was credited
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code not_found} also when the store is missing, inactive
   *     or not visible to the user, or does not list the item now (outside the listing's window)
   * @throws dev.amba.AmbaBadRequestException {@code max_purchases_reached} also, when the user bought
   *     through the listing as often as it allows
   */
  PurchaseResult purchase(String catalogItemIdOrKey, String currencyCode, String storeIdOrKey);

  /**
   * As {@link #purchase(String, String, String)}, with the caller's {@code Idempotency-Key}: every
   * call with that key and the same purchase, within 24 hours, answers the first call's outcome and
   * charges nothing more.
   *
   * @param catalogItemIdOrKey the catalog item's id (a UUID) or key (1 to 64 characters of {@code [a-z0-9_]}, starting
   *     with a letter)
   * @param currencyCode the currency's code, 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @param storeIdOrKey the store's id (a UUID) or key, or null to buy at catalog prices
   * @param idempotencyKey 1..255 visible ASCII characters
   * @return the outcome of the first call with this key
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaConflictException {@code idempotency_key_reused} when the key was used with
   *     another purchase; nothing is charged
   */
  PurchaseResult purchase(String catalogItemIdOrKey, String currencyCode, String storeIdOrKey,
      String idempotencyKey);

  /**
   * Uses up {@code quantity} of a consumable the user owns and returns the row as it is now; one
   * used up to 0 stays, at 0, and leaves the lists.
   *
   * @param catalogItemIdOrKey the catalog item's id (a UUID) or key (1 to 64 characters of {@code [a-z0-9_]}, starting
   *     with a letter)
   * @param quantity at least 1
   * @return the user's row for the item after the use, quantity 0 included
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the user does not own the item
   * @throws dev.amba.AmbaBadRequestException {@code not_consumable} (a durable item),
   *     {@code insufficient_quantity} (the user holds fewer)
   */
  UserInventoryItem consume(String catalogItemIdOrKey, int quantity);

  /**
   * As {@link #consume(String, int)}, with the caller's {@code Idempotency-Key}: a repeat with that
   * key and the same quantity uses up nothing more.
   *
   * @param catalogItemIdOrKey the catalog item's id (a UUID) or key (1 to 64 characters of {@code [a-z0-9_]}, starting
   *     with a letter)
   * @param quantity at least 1
   * @param idempotencyKey 1..255 visible ASCII characters
   * @return the user's row for the item after the first call with this key
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   */
  UserInventoryItem consume(String catalogItemIdOrKey, int quantity, String idempotencyKey);
}
