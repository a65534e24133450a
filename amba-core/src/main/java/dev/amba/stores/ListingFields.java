package dev.amba.stores;

import dev.amba.internal.stores.StoreArguments;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings a listing's create and update share, each checked as it is set. Immutable: each
 * method returns a new value of the concrete type.
 */
abstract class ListingFields<S extends ListingFields<S>> extends StoreRequest<S> {

  ListingFields(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * The store's own price in a currency, a whole amount of at least 0, which a purchase through
   * the store pays instead of the catalog price there. Adds to the override prices set on this
   * value so far; the ones sent replace all the listing had.
   *
   * @param currencyCode 1..64 characters of a-z, 0-9 and _, starting with a letter
   * @param price the whole amount to pay in that currency, at least 0
   * @return a copy with the price added (replacing one set before in the same currency)
   * @throws IllegalArgumentException when the code breaks its rule, the price is negative, or the
   *     value would carry more than 50 currencies
   */
  public S overridePrice(String currencyCode, long price) {
    Map<String, Long> prices = new TreeMap<>(overridePrices());
    prices.put(StoreArguments.currencyCode(currencyCode), StoreArguments.overridePrice(currencyCode, price));
    return withOverrides(prices);
  }

  /**
   * The store's own prices, by currency code, replacing those set on this value so far; see
   * {@link #overridePrice}.
   *
   * @param prices whole amounts of at least 0 by currency code, at most 50 currencies; copied
   * @return a copy with these prices as the override prices
   * @throws NullPointerException when {@code prices} or one of its amounts is null
   * @throws IllegalArgumentException when a code breaks its rule, a price is negative, or there are
   *     more than 50 currencies
   */
  public S overridePrices(Map<String, Long> prices) {
    Objects.requireNonNull(prices, "prices");
    Map<String, Long> checked = new TreeMap<>();
    prices.forEach((code, price) -> checked.put(StoreArguments.currencyCode(code),
        StoreArguments.overridePrice(code, Objects.requireNonNull(price, "the override price in " + code))));
    return withOverrides(checked);
  }

  private S withOverrides(Map<String, Long> prices) {
    if (prices.size() > StoreArguments.MAX_OVERRIDE_PRICES) {
      throw new IllegalArgumentException("override prices must be at most " + StoreArguments.MAX_OVERRIDE_PRICES
          + " currencies, got " + prices.size());
    }
    return with("override_prices", Collections.unmodifiableMap(new TreeMap<>(prices)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Long> overridePrices() {
    Object set = fields().get("override_prices");
    return set == null ? Map.of() : (Map<String, Long>) set;
  }

  /**
   * Where the listing goes among the store's; lower first.
   *
   * @param sortOrder at least 0 (0 by default)
   * @return a copy with the sort order set
   * @throws IllegalArgumentException when {@code sortOrder} is negative
   */
  public S sortOrder(int sortOrder) {
    return with("sort_order", StoreArguments.sortOrder(sortOrder));
  }

  /**
   * The listing shows from this instant on; it must be before {@link #availableUntil} when both are
   * set.
   *
   * @param from the first instant the listing shows
   * @return a copy with the window's start set
   * @throws NullPointerException when {@code from} is null
   * @throws IllegalArgumentException when an end set on this value is not after {@code from}
   */
  public S availableFrom(Instant from) {
    Objects.requireNonNull(from, "from");
    StoreArguments.window(from, instant("available_until"));
    return with("available_from", from.toString());
  }

  /**
   * The listing shows until just before this instant; it must be after {@link #availableFrom} when
   * both are set.
   *
   * @param until the instant the listing stops showing
   * @return a copy with the window's end set
   * @throws NullPointerException when {@code until} is null
   * @throws IllegalArgumentException when {@code until} is not after a start set on this value
   */
  public S availableUntil(Instant until) {
    Objects.requireNonNull(until, "until");
    StoreArguments.window(instant("available_from"), until);
    return with("available_until", until.toString());
  }

  /**
   * How often one user may buy the item through this listing; without it, no limit.
   *
   * @param max at least 1
   * @return a copy with the limit set
   * @throws IllegalArgumentException when {@code max} is below 1
   */
  public S maxPurchasesPerUser(int max) {
    return with("max_purchases_per_user", StoreArguments.maxPurchasesPerUser(max));
  }

  private Instant instant(String field) {
    Object set = fields().get(field);
    return set == null ? null : Instant.parse((String) set);
  }
}
