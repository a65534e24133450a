package dev.amba.inventory;

import java.util.List;

/**
 * Admin: any user's inventory, and grants of items, from {@code amba.inventory()} (server key).
 *
 * <p>A grant is safe to retry: each call sends an {@code Idempotency-Key} (its own, or the caller's),
 * the same on every attempt, and the service answers a repeat with the first call's row instead of
 * granting again.
 *
 * <pre>{@code
 * amba.inventory().grant(uid, potionId, 3);                       // a support gesture
 * amba.inventory().grant(uid, skinId, 1, "order-1042");           // once, however often the job runs
 * amba.inventory().list(uid).forEach(v -> audit(v.item().key(), v.quantity()));
 * }</pre>
 */
public interface ProjectInventory {

  /**
   * What the user owns: every item with a quantity above 0, in the order first acquired.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @return the user's items with their catalog entries; empty when the user owns nothing
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code user_not_found}
   */
  List<InventoryItemView> list(String userId);

  /**
   * Adds {@code quantity} of an item to the user's inventory (acquired via grant) and returns the
   * user's row. A durable item stays at quantity 1, however many are granted; inactive items may be
   * granted; bundles may not (grant their contents).
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param catalogItemId the item's id, a UUID
   * @param quantity at least 1
   * @return the user's row for the item after the grant
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code user_not_found}, or {@code not_found} for the item
   * @throws dev.amba.AmbaBadRequestException when the item is a bundle
   */
  UserInventoryItem grant(String userId, String catalogItemId, int quantity);

  /**
   * As {@link #grant(String, String, int)}, with the caller's {@code Idempotency-Key} (an order id,
   * a webhook's event id): every call with that key and the same grant, within 24 hours, answers the
   * first call's row and grants nothing more.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param catalogItemId the item's id, a UUID
   * @param quantity at least 1
   * @param idempotencyKey 1..255 visible ASCII characters
   * @return the user's row for the item after the first call with this key
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaConflictException {@code idempotency_key_reused} when the key was used with
   *     another grant; nothing is granted
   */
  UserInventoryItem grant(String userId, String catalogItemId, int quantity, String idempotencyKey);
}
