package dev.amba.currencies;

import java.util.List;
import java.util.stream.Stream;

/**
 * Admin: the project's currencies, grants of currency to users, their ledgers, and the rules that
 * credit currency for events, from {@code amba.currencies()} (server key). A balance never goes
 * below 0, and each change is one step with its ledger row.
 *
 * <p>A grant is money, so it is safe to repeat: each call sends an {@code Idempotency-Key} (its
 * own, or the caller's), the same on every retry, and the service answers a repeat with the first
 * call's result instead of crediting again.
 *
 * <pre>{@code
 * amba.currencies().create(NewCurrency.of("gems", "Gems").premium(true));
 * // In a payment webhook: the provider's event id as the key, so a redelivery credits nothing more.
 * amba.currencies().grant(CurrencyGrant.of(uid, "gems", 500).reason("order 1042"), event.id());
 * }</pre>
 */
public interface ProjectCurrencies {

  /**
   * Defines a currency.
   *
   * @param currency the code, name and settings of the currency
   * @return the currency as stored, with its id and the defaults filled in
   * @throws dev.amba.AmbaConflictException {@code currency_exists} when the code is taken
   */
  CurrencyDefinition create(NewCurrency currency);

  /**
   * Every currency of the project, by code.
   *
   * @return the currencies ordered by code, empty when there are none
   */
  List<CurrencyDefinition> list();

  /**
   * Changes a currency's settings; users' balances are kept.
   *
   * @param idOrCode the currency's id or code
   * @param update the settings to change; at least one must be set
   * @return the currency with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no such currency
   */
  CurrencyDefinition update(String idOrCode, CurrencyUpdate update);

  /**
   * Deletes a currency. Users' balances and transactions in it are kept but no longer listed, its
   * grant rules stop, and grants in it are refused. A currency created later with the same code
   * starts every user afresh.
   *
   * @param idOrCode the currency's id or code, not blank
   * @throws dev.amba.AmbaNotFoundException when the project has no such currency
   */
  void delete(String idOrCode);

  /**
   * Credits currency to a user and returns the transaction. The call sends a fresh
   * {@code Idempotency-Key} and repeats it on every retry, so a lost answer is retried without
   * paying twice; to make a repeat of the whole call safe too (a webhook delivered again), use
   * {@link #grant(CurrencyGrant, String)} with a key of the cause.
   *
   * <p>A currency with a cap credits at most what fits; when nothing fits, the answer is a
   * transaction with {@code id} null and {@code amount} 0, and nothing is stored.
   *
   * @param grant the user, currency, amount and optional reason
   * @return the transaction written, or the unstored one described above when the cap left nothing
   * @throws dev.amba.AmbaNotFoundException {@code user_not_found} or {@code currency_not_found}
   */
  CurrencyTransaction grant(CurrencyGrant grant);

  /**
   * As {@link #grant(CurrencyGrant)}, with the caller's {@code Idempotency-Key}, such as the payment
   * provider's event id: every call with that key and the same grant, within 24 hours, answers the
   * first call's transaction and credits nothing more.
   *
   * @param grant the user, currency, amount and optional reason
   * @param idempotencyKey 1..255 visible ASCII characters
   * @return the transaction written, or the first call's transaction when the key was seen before
   * @throws dev.amba.AmbaConflictException {@code idempotency_key_reused} when the key was used
   *     with another grant; nothing is credited
   */
  CurrencyTransaction grant(CurrencyGrant grant, String idempotencyKey);

  /**
   * The user's transactions that {@code filter} selects, newest first, fetched a page at a time as
   * the stream is consumed.
   *
   * @param userId the user whose ledger to read, 1..255 characters
   * @param filter which transactions to list, such as {@link TransactionFilter#all()}
   * @return a lazy stream of the selected transactions, empty when none match
   * @throws dev.amba.AmbaNotFoundException {@code user_not_found} (when the stream is first read)
   */
  Stream<CurrencyTransaction> transactions(String userId, TransactionFilter filter);

  /**
   * Adds a rule that credits currency for events stored from now on.
   *
   * @param rule the currency, event name and amount (fixed or read from a property)
   * @return the rule as stored, with its id, active
   * @throws dev.amba.AmbaNotFoundException {@code currency_not_found}
   */
  GrantRule createGrantRule(NewGrantRule rule);

  /**
   * Every grant rule, oldest first; those of deleted currencies say they are inactive.
   *
   * @return the rules, empty when there are none
   */
  List<GrantRule> grantRules();

  /**
   * Deletes a rule; what it credited stays in the ledger.
   *
   * @param ruleId the rule's id, as {@link GrantRule#id()} gives it
   * @throws dev.amba.AmbaNotFoundException when the project has no rule with this id
   */
  void deleteGrantRule(String ruleId);
}
