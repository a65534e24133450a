package dev.amba.testkit.internal.catalog;

import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * The catalog's tables (amba-api-modules.md 18.3): the project's items, each item's price per
 * currency code, and each bundle's contents. Lengths are X, as the SDK checks them.
 */
final class CatalogTables {

  private CatalogTables() {}

  static final int MAX_TAGS = 50;
  static final int MAX_TAG = 64;
  private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");

  static final Resource ITEMS = Resource.in("catalog_items", Owner.PROJECT).withId()
      .field(
          Field.key("key"),
          Field.text("name").asRequired().withLength(1, 128).withPattern(NOT_BLANK, "must not be blank"),
          Field.text("description").withLength(0, 1024),
          Field.text("icon_url").withLength(1, 2048),
          Field.text("category").withLength(1, 64).withPattern(NOT_BLANK, "must not be blank"),
          // An array of strings and an object: checked by CatalogRoutes, which names the bad element.
          Field.json("tags").withDefault(JsonValue.EMPTY_JSON_ARRAY),
          Field.text("item_type").withValues(CatalogReadings.DURABLE, CatalogReadings.CONSUMABLE, CatalogReadings.BUNDLE)
              .withDefault(Json.createValue(CatalogReadings.DURABLE)),
          Field.json("metadata").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .creationOrder()
      .key("key")
      .orderBy(Resource.CREATED_AT)
      .notFound("not_found", "no catalog item with this id in the project")
      .conflict("item_exists", "a catalog item with this key already exists in the project")
      .build();

  /** One price per item and currency code; any code the M1 rule admits, so display prices fit too. */
  static final Resource PRICES = Resource.in("catalog_item_prices", Owner.PROJECT).withId()
      .field(
          Field.uuid("catalog_item_id").asRequired().asServerSet(),
          Field.text("currency_code").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.number("price").asRequired())
      .timestamps()
      .unique("catalog_item_id", "currency_code")
      .orderBy("currency_code")
      .notFound("not_found", "the item has no price in this currency")
      .build();

  /** One link per bundle and content item, listed in the order the contents were added. */
  static final Resource BUNDLES = Resource.in("catalog_bundle_contents", Owner.PROJECT).withId()
      .field(
          Field.uuid("bundle_item_id").asRequired().asServerSet(),
          Field.uuid("content_item_id").asRequired(),
          Field.integer("quantity").withRange(1, Integer.MAX_VALUE).withDefault(Json.createValue(1)))
      .creationOrder()
      .unique("bundle_item_id", "content_item_id")
      .notFound("not_found", "the bundle does not hold this item")
      .build();
}
