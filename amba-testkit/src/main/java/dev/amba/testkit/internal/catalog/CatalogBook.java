package dev.amba.testkit.internal.catalog;

import static dev.amba.testkit.internal.catalog.CatalogTables.BUNDLES;
import static dev.amba.testkit.internal.catalog.CatalogTables.ITEMS;
import static dev.amba.testkit.internal.catalog.CatalogTables.PRICES;

import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the catalog as the routes answer it (18.3: an item, its list view, its detail) and as
 * other modules read it ({@link CatalogReadings}). Every read runs on the connection it is given.
 */
final class CatalogBook implements CatalogReadings {

  @Override
  public Optional<Item> item(Connection c, String projectId, String idOrKey) throws SQLException {
    Scope scope = Scope.project(projectId);
    Optional<Row> row = ITEMS.find(c, scope, idOrKey);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Row item = row.get();
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    for (Row p : pricesOf(c, item)) {
      prices.put(p.string("currency_code"), p.number("price"));
    }
    List<Content> contents = new ArrayList<>();
    if (BUNDLE.equals(item.string("item_type"))) {
      for (Row link : contentsOf(c, item)) {
        Row content = ITEMS.findById(c, scope, link.string("content_item_id")).orElseThrow();
        contents.add(new Content(content.id(), content.string("key"), content.string("name"),
            content.string("icon_url"), content.string("item_type"), content.bool("is_active"),
            link.integer("quantity")));
      }
    }
    return Optional.of(new Item(item.id(), item.string("key"), item.string("name"), item.string("icon_url"),
        item.string("category"), tags(item), item.get("metadata").asJsonObject(), item.string("item_type"),
        item.bool("is_active"), prices, contents));
  }

  /** The item's tags as stored: the create and update rules keep them an array of strings. */
  static List<String> tags(Row item) {
    List<String> out = new ArrayList<>();
    for (JsonValue tag : item.get("tags").asJsonArray()) {
      out.add(((JsonString) tag).getString());
    }
    return out;
  }

  /** CatalogItemView: the item with {@code catalog_item_prices [{currency_code, price}]}. */
  JsonObjectBuilder view(Row item, List<Row> prices) {
    return ITEMS.jsonBuilder(item).add("catalog_item_prices", priceList(prices));
  }

  JsonObjectBuilder view(Connection c, Row item) throws SQLException {
    return view(item, pricesOf(c, item));
  }

  /**
   * CatalogItemDetail: the view with {@code bundle_contents [{content_item_id, quantity,
   * catalog_items {key, name, icon_url}}]}, in the order the contents were added.
   */
  JsonObject detail(Connection c, Row item) throws SQLException {
    Scope scope = Scope.project(item.projectId());
    JsonArrayBuilder contents = JsonIo.array();
    for (Row link : contentsOf(c, item)) {
      Row content = ITEMS.findById(c, scope, link.string("content_item_id")).orElseThrow();
      contents.add(JsonIo.object()
          .add("content_item_id", content.id())
          .add("quantity", link.get("quantity"))
          .add("catalog_items", JsonIo.object()
              .add("key", content.get("key"))
              .add("name", content.get("name"))
              .add("icon_url", content.get("icon_url"))));
    }
    return view(c, item).add("bundle_contents", contents).build();
  }

  /** {@code [{currency_code, price}]} by code, as views nest prices. */
  static JsonArray priceList(List<Row> prices) {
    JsonArrayBuilder out = JsonIo.array();
    for (Row p : prices) {
      out.add(JsonIo.object().add("currency_code", p.get("currency_code")).add("price", p.get("price")));
    }
    return out.build();
  }

  /** Every price of the project by item id, each item's by code: one read for a whole list. */
  static Map<String, List<Row>> pricesByItem(Connection c, String projectId) throws SQLException {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row p : PRICES.list(c, Scope.project(projectId))) {
      out.computeIfAbsent(p.string("catalog_item_id"), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  static List<Row> pricesOf(Connection c, Row item) throws SQLException {
    return PRICES.listWhere(c, Scope.project(item.projectId()), "catalog_item_id", UUID.fromString(item.id()));
  }

  static List<Row> contentsOf(Connection c, Row item) throws SQLException {
    return BUNDLES.listWhere(c, Scope.project(item.projectId()), "bundle_item_id", UUID.fromString(item.id()));
  }

  /** The links that hold the item as a content, in any bundle. */
  static List<Row> bundlesHolding(Connection c, Row item) throws SQLException {
    return BUNDLES.listWhere(c, Scope.project(item.projectId()), "content_item_id", UUID.fromString(item.id()));
  }
}
