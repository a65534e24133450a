package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;

/**
 * Inventory (amba-api-modules.md 20): what a user owns, buying an item with currency, using one up,
 * and the admin view and grant. Purchase, consume and grant are money and goods, marked *idem*: each
 * carries an {@code Idempotency-Key} of its own, one per logical call and the same on every attempt,
 * so a lost answer is retried and the server replays the first outcome instead of charging, using
 * up or granting twice (M2).
 */
public final class InventoryEndpoints {

  private InventoryEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String INVENTORY = CLIENT + "/inventory";

  /** Rows with quantity above 0. */
  public static final Endpoint LIST =
      AREA.declare("inventory.list", "GET", INVENTORY, ACTING_USER, METHOD, Shape.LIST);
  /** X (4.x core {@code inventory.item(id)}): one owned item by its catalog id or key; 404 {@code not_found} when not owned. */
  public static final Endpoint GET =
      AREA.declare("inventory.get", "GET", INVENTORY + "/{catalogItemIdOrKey}", ACTING_USER, METHOD, Shape.ITEM);
  /** X: {@code catalog_item_id} and {@code store_id} take a key too (M1); 409 {@code already_owned} for a durable. */
  public static final Endpoint PURCHASE =
      AREA.declare("inventory.purchase", "POST", INVENTORY + "/purchase", ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);
  /** X: quantity defaults to 1; 400 {@code not_consumable} and {@code insufficient_quantity}. */
  public static final Endpoint CONSUME = AREA.declare("inventory.consume", "POST",
      INVENTORY + "/{catalogItemIdOrKey}/consume", ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);

  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.inventory.list", "GET", ADMIN + "/inventory/{userId}", SERVER_KEY, METHOD, Shape.LIST);
  /** Additive; 201 with the user's row of the item. */
  public static final Endpoint ADMIN_GRANT =
      AREA.declare("admin.inventory.grant", "POST", ADMIN + "/inventory/grant", SERVER_KEY, IDEMPOTENCY_ID, Shape.ITEM);
}
