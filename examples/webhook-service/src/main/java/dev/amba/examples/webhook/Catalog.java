package dev.amba.examples.webhook;

import java.util.Map;
import java.util.Optional;

/** The server's prices: a client sends SKUs and quantities, never amounts. */
final class Catalog {

  private static final Map<String, Long> PRICE_CENTS = Map.of(
      "coffee-beans", 1_800L,
      "grinder", 8_900L,
      "mug", 1_200L);

  private Catalog() {}

  static Optional<Long> priceCents(String sku) {
    return Optional.ofNullable(sku == null ? null : PRICE_CENTS.get(sku));
  }
}
