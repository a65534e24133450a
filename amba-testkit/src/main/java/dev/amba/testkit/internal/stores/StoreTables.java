package dev.amba.testkit.internal.stores;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/** The stores' tables (amba-api-modules.md 19.3): the project's stores and each store's listings. */
final class StoreTables {

  private StoreTables() {}

  /** X: far more currencies than a project defines; bounds what one listing carries. */
  static final int MAX_OVERRIDE_PRICES = 50;
  private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");

  /** X: {@code key} is optional, unique when given, and what client paths may name (M1). */
  static final Resource STORES = Resource.in("stores", Owner.PROJECT).withId()
      .field(
          Field.text("key").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE).asImmutable(),
          Field.text("name").asRequired().withLength(1, 128).withPattern(NOT_BLANK, "must not be blank"),
          Field.text("description").withLength(0, 1024),
          Field.bool("is_active").withDefault(JsonValue.TRUE),
          Field.uuid("segment_id"))
      .timestamps()
      .creationOrder()
      .key("key")
      .orderBy("name")
      .notFound("not_found", "no store with this id in the project")
      .conflict("store_exists", "a store with this key already exists in the project")
      .build();

  /** A store lists an item once (X: 409 {@code already_listed}); listings go by sort order, then as listed. */
  static final Resource LISTINGS = Resource.in("store_listings", Owner.PROJECT).withId()
      .field(
          Field.uuid("store_id").asRequired().asServerSet(),
          Field.uuid("catalog_item_id").asRequired(),
          // An object of currency codes to whole numbers ≥ 0: checked by StoreRoutes, naming the code.
          Field.json("override_prices"),
          Field.integer("sort_order").withRange(0, Integer.MAX_VALUE).withDefault(Json.createValue(0)),
          Field.timestamp("available_from"),
          Field.timestamp("available_until"),
          Field.integer("max_purchases_per_user").withRange(1, Integer.MAX_VALUE))
      .timestamps()
      .creationOrder()
      .unique("store_id", "catalog_item_id")
      .orderBy("sort_order")
      .notFound("not_found", "the store has no listing with this id")
      .conflict("already_listed", "the store lists this catalog item already")
      .build();
}
