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
   *
   * @return the user's balances, one per currency, empty when the project has no currency
   */
  List<CurrencyBalanceView> balances();

  /**
   * Every transaction of the user, newest first, fetched a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the transactions, empty when the user has none
   */
  Stream<CurrencyTransaction> transactions();

  /**
   * The user's transactions that {@code filter} selects, newest first, fetched a page at a time as
   * the stream is consumed; nothing is loaded ahead, and no connection is held between pages. A
   * currency that is unknown or deleted lists nothing.
   *
   * @param filter which transactions to list, such as {@link TransactionFilter#all()}
   * @return a lazy stream of the selected transactions, empty when none match
   */
  Stream<CurrencyTransaction> transactions(TransactionFilter filter);
}
