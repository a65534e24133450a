package dev.amba.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item as the catalog lists it: the item and its prices.
 *
 * @param item the item itself
 * @param prices one per currency code the item has a price in, by code
 */
public record CatalogItemView(CatalogItem item, List<ItemPrice> prices) {

  /**
   * Checks the item and copies the prices, so the record is immutable.
   *
   * @param item the item itself, not null
   * @param prices its prices, or null for none
   * @throws NullPointerException when {@code item} is null
   */
  public CatalogItemView {
    Objects.requireNonNull(item, "item");
    prices = prices == null ? List.of() : List.copyOf(prices);
  }

  /**
   * The item's price in that currency, if it has one.
   *
   * @param currencyCode the currency's code
   * @return the price, or empty when the item has none in that currency
   * @throws NullPointerException when {@code currencyCode} is null
   */
  public Optional<BigDecimal> price(String currencyCode) {
    return Prices.find(prices, currencyCode);
  }
}
