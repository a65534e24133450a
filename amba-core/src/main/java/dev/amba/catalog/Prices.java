package dev.amba.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The lookup the item views share. */
final class Prices {

  private Prices() {}

  static Optional<BigDecimal> find(List<ItemPrice> prices, String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    for (ItemPrice p : prices) {
      if (currencyCode.equals(p.currencyCode())) {
        return Optional.ofNullable(p.price());
      }
    }
    return Optional.empty();
  }
}
