package dev.amba.currencies;

import java.util.List;
import java.util.stream.Stream;

/**
 * The acting user's currencies, from {@code amba.asUser(uid).currencies()}. Read-only: balances
 * change through admin grants, the project's grant rules, auto-recharge and rewards, all applied by
 * the service, and are spent by inventory purchases.
 *
 * <pre>{@code
 * UserCurrencies wallet = amba.asUser(uid).currencies();
 * long gems = wallet.balances().stream().filter(b -> b.currencyCode().equals("gems"))
 *     .mapToLong(CurrencyBalanceView::balance).sum();
 * wallet.transactions(TransactionFilter.currency("gems")).limit(10).forEach(...);   // newest first
 * }</pre>
 */
public interface UserCurrencies {

  /**
   * One balance per currency of the project, each settled first (a due auto-recharge is credited);
   * a currency the user never had a change in reads its initial balance.
   */
  List<CurrencyBalanceView> balances();

  /** Every transaction of the user, newest first, fetched a page at a time as the stream is consumed. */
  Stream<CurrencyTransaction> transactions();

  /**
   * The user's transactions that {@code filter} selects, newest first, fetched a page at a time as
   * the stream is consumed; nothing is loaded ahead, and no connection is held between pages. A
   * currency that is unknown or deleted lists nothing.
   */
  Stream<CurrencyTransaction> transactions(TransactionFilter filter);
}
