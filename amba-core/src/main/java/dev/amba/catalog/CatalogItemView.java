package dev.amba.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item as the catalog lists it: the item and its prices.
 *
 * @param prices one per currency code the item has a price in, by code
 */
public record CatalogItemView(CatalogItem item, List<ItemPrice> prices) {

  public CatalogItemView {
    Objects.requireNonNull(item, "item");
    prices = prices == null ? List.of() : List.copyOf(prices);
  }

  /** The item's price in that currency, if it has one. */
  public Optional<BigDecimal> price(String currencyCode) {
    return Prices.find(prices, currencyCode);
  }
}
