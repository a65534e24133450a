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

  /** Every transaction of the user, in every currency. */
  public static TransactionFilter all() {
    return ALL;
  }

  /** Only the transactions in the currency with this code. */
  public static TransactionFilter currency(String currencyCode) {
    return new TransactionFilter(CurrencyArguments.code(currencyCode, "currencyCode"));
  }

  /** The currency code filtered on, or null for every currency. */
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
