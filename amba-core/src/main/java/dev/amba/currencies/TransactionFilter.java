package dev.amba.currencies;

import dev.amba.internal.currencies.CurrencyArguments;

/**
 * Which of a user's transactions to list: all of them, or those of one currency. Immutable.
 *
 * <pre>{@code
 * amba.currencies().transactions(uid, TransactionFilter.currency("gems")).limit(20).toList();
 * }</pre>
 */
public final class TransactionFilter {

  private static final TransactionFilter ALL = new TransactionFilter(null);

  private final String currencyCode;

  private TransactionFilter(String currencyCode) {
    this.currencyCode = currencyCode;
  }

  /**
   * Selects every transaction of the user, in every currency.
   *
   * @return the filter that selects everything
   */
  public static TransactionFilter all() {
    return ALL;
  }

  /**
   * Selects only the transactions in one currency.
   *
   * @param currencyCode the currency's code: a lowercase letter, then lowercase letters, digits or
   *     underscores, at most 64 characters
   * @return the filter for that currency
   * @throws IllegalArgumentException when {@code currencyCode} breaks the code rule
   */
  public static TransactionFilter currency(String currencyCode) {
    return new TransactionFilter(CurrencyArguments.code(currencyCode, "currencyCode"));
  }

  /**
   * The currency this filter selects.
   *
   * @return the currency code filtered on, or null for every currency
   */
  public String currencyCode() {
    return currencyCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransactionFilter f && java.util.Objects.equals(f.currencyCode, currencyCode);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(currencyCode);
  }

  @Override
  public String toString() {
    return currencyCode == null ? "TransactionFilter[all]" : "TransactionFilter[currency=" + currencyCode + "]";
  }
}
