package dev.amba.testkit.internal.inventory;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;

/**
 * The inventory's tables (amba-api-modules.md 20.3): per user one row per catalog item owned, and a
 * record of every purchase, which the per-listing cap counts (20.4 #1). Rows name their item by id:
 * an item deleted from the catalog leaves its rows in place, unseen (X, as a deleted currency's
 * balances), and an item made later with the same key starts afresh.
 */
final class InventoryTables {

  private InventoryTables() {}

  /** The longest id or key a body may name an item or a store by: a key's 64 (a UUID is 36). */
  static final int MAX_REFERENCE = 64;

  /**
   * UserInventoryItem. {@code quantity} is a bigint: consumables accumulate without a cap, and a
   * bundle may grant up to 2^31-1 of a content per purchase.
   */
  static final Resource ITEMS = Resource.in("inventory_items", Owner.USER).withId()
      .field(
          Field.uuid("catalog_item_id").asRequired().asServerSet(),
          Field.bigint("quantity").asRequired().asServerSet(),
          Field.json("instance_data").asRequired().asServerSet(),
          Field.timestamp("acquired_at").asRequired().asServerSet(),
          Field.text("acquired_via").asRequired().asServerSet().withLength(1, 32))
      .creationOrder()
      .unique("catalog_item_id")
      .notFound("not_found", "the user does not own this item")
      .build();

  /**
   * One row per purchase, free ones included: what was bought, through which listing, at what price,
   * and the debit's transaction (null for a free one). No route lists it.
   */
  static final Resource PURCHASES = Resource.in("inventory_purchases", Owner.USER).withId()
      .field(
          Field.uuid("catalog_item_id").asRequired().asServerSet(),
          Field.text("currency_code").asRequired().asServerSet().withLength(1, 64),
          Field.bigint("price").asRequired().asServerSet(),
          Field.uuid("store_id").asServerSet(),
          Field.uuid("listing_id").asServerSet(),
          Field.text("transaction_id").asServerSet().withLength(36, 36),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet())
      .creationOrder()
      .build();

  /** The body of {@code POST /v1/client/inventory/purchase}, checked as a create body; never a table. */
  static final Resource PURCHASE_BODY = Resource.in("inventory_purchase_body", Owner.USER)
      .field(
          Field.text("catalog_item_id").asRequired().withLength(1, MAX_REFERENCE),
          Field.text("currency_code").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.text("store_id").withLength(1, MAX_REFERENCE))
      .build();

  /** The body of {@code POST …/consume}; never a table. */
  static final Resource CONSUME_BODY = Resource.in("inventory_consume_body", Owner.USER)
      .field(Field.integer("quantity").withRange(1, Integer.MAX_VALUE).withDefault(jakarta.json.Json.createValue(1)))
      .build();

  /** The body of {@code POST …/inventory/grant}; never a table. */
  static final Resource GRANT_BODY = Resource.in("inventory_grant_body", Owner.PROJECT)
      .field(
          Field.text("app_user_id").asRequired().withLength(1, 128),
          Field.uuid("catalog_item_id").asRequired(),
          Field.integer("quantity").withRange(1, Integer.MAX_VALUE).withDefault(jakarta.json.Json.createValue(1)))
      .build();
}
