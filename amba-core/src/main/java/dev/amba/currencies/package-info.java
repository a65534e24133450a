/**
 * Currencies: the coins, gems or energy a project's users hold, with a ledger of every change.
 *
 * <p>Admins define currencies, grant them and add event grant rules through
 * {@link dev.amba.AmbaClient#currencies()}; a user's balances and transactions are read through
 * {@link dev.amba.AmbaUser#currencies()}. Balances never go below 0; every change is one step that
 * writes the new balance and one transaction with the balance after it; a currency's cap cuts
 * credits to what fits; a recharge refills lazily when the balance is next read or changed.
 *
 * <pre>{@code
 * amba.currencies().create(NewCurrency.of("coins", "Coins"));
 * amba.currencies().createGrantRule(NewGrantRule.fixed("coins", "level.completed", 10));
 * amba.asUser(uid).events().track("level.completed");
 * amba.asUser(uid).currencies().balances();               // coins: 10
 * amba.currencies().grant(CurrencyGrant.of(uid, "coins", 100), webhookEventId);   // once, however often delivered
 * }</pre>
 */
package dev.amba.currencies;
