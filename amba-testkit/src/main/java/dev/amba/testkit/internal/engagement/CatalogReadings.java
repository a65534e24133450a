package dev.amba.testkit.internal.engagement;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What other modules read of the catalog (amba-api-modules.md 18): an item with its prices and, for
 * a bundle, its contents. Stores read it for their listings; inventory through {@link Offers}.
 * Reads run on the caller's connection, so a purchase sees the catalog inside its own transaction.
 */
public interface CatalogReadings {

  /** The item types of 18.2. */
  String DURABLE = "durable";
  String CONSUMABLE = "consumable";
  String BUNDLE = "bundle";

  /**
   * The project's item with that id or key (M1), active or not, or empty when there is none; a
   * deleted item is none, though users may still own it.
   */
  Optional<Item> item(Connection c, String projectId, String idOrKey) throws SQLException;

  /**
   * One catalog item as stored.
   *
   * @param itemType durable, consumable or bundle
   * @param metadata the item's JSON object
   * @param prices the catalog price per currency code, by code; any code, any number ≥ 0
   * @param contents for a bundle, what a purchase grants, in the order the contents were added;
   *     empty for any other item. Contents are never bundles themselves (18.2)
   */
  record Item(String id, String key, String name, String iconUrl, String category, List<String> tags,
      JsonObject metadata, String itemType, boolean active, Map<String, BigDecimal> prices, List<Content> contents) {

    public Item {
      tags = List.copyOf(tags);
      prices = Collections.unmodifiableMap(new TreeMap<>(prices));
      contents = List.copyOf(contents);
    }

    public boolean isBundle() {
      return BUNDLE.equals(itemType);
    }

    /** The catalog price in that currency, if the item has one. */
    public Optional<BigDecimal> price(String currencyCode) {
      return Optional.ofNullable(prices.get(currencyCode));
    }
  }

  /**
   * One content of a bundle.
   *
   * @param itemType the content item's type: durable or consumable
   * @param active whether the content item is on sale itself; a bundle grants it either way
   * @param quantity how many a purchase of the bundle grants, at least 1
   */
  record Content(String itemId, String key, String name, String iconUrl, String itemType, boolean active,
      int quantity) {}
}
