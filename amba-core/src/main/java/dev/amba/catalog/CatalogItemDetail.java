package dev.amba.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item with everything the catalog knows of it: its prices and, for a bundle, its contents.
 *
 * @param item the item itself
 * @param prices one per currency code the item has a price in, by code
 * @param bundleContents what a purchase of the bundle grants, in the order the contents were added;
 *     empty for an item that is not a bundle
 */
public record CatalogItemDetail(CatalogItem item, List<ItemPrice> prices, List<BundleEntry> bundleContents) {

  /**
   * Checks the item and copies the lists, so the record is immutable.
   *
   * @param item the item itself, not null
   * @param prices its prices, or null for none
   * @param bundleContents its bundle contents, or null for none
   * @throws NullPointerException when {@code item} is null
   */
  public CatalogItemDetail {
    Objects.requireNonNull(item, "item");
    prices = prices == null ? List.of() : List.copyOf(prices);
    bundleContents = bundleContents == null ? List.of() : List.copyOf(bundleContents);
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
