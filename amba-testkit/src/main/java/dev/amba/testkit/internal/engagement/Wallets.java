package dev.amba.testkit.internal.engagement;

import dev.amba.testkit.internal.store.SqlWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * How other modules move a user's currency inside the emulator (17.4): inventory purchases debit
 * it, referral rewards credit it. Implemented by the currencies module, whose ledger is the only
 * writer of balances, so every module gets the same rules: a balance never below 0 (a debit larger
 * than the balance is 400 {@code insufficient_balance} and changes nothing), the currency's cap
 * cutting credits, the initial balance for a user without a row, a due recharge settled first, and
 * one transaction row with {@code balance_after} per change, all under the (user, currency) lock.
 *
 * <p>A change of currency and the caller's own rows in one step (a purchase debits and grants the
 * item together) runs inside {@link #locked}: the work gets the transaction's connection, calls
 * {@link #debit}/{@link #credit} on it and writes its own rows there; a failure anywhere rolls all
 * of it back. One currency per step: a thread holds one (user, currency) lock at a time.
 */
public interface Wallets {

  /**
   * What caused a change: the transaction's {@code transaction_type}, {@code source},
   * {@code reference_id} and {@code reason} (17.3). The factories give 17.4 #7's mapping for the
   * other modules' causes.
   */
  record Cause(String type, String source, String referenceId, String reason) {
    public Cause {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(source, "source");
    }

    /** An inventory purchase: purchase / store_purchase, debited (20.4 #1). */
    public static Cause purchase(String purchaseId, String reason) {
      return new Cause("purchase", "store_purchase", purchaseId, reason);
    }

    /** A referral reward: grant / referral, credited (21.4 #3). */
    public static Cause referral(String claimId) {
      return new Cause("grant", "referral", claimId, "referral");
    }
  }

  /**
   * What a change did: the transaction's id (null when nothing was written: a credit the cap cut to
   * 0, or an amount of 0), the amount applied (negative for a debit) and the balance after it.
   */
  record Change(String transactionId, long amount, long balanceAfter) {}

  /**
   * Runs {@code work} in one transaction holding the user's lock of that currency; the work may
   * call {@link #credit}, {@link #debit} and {@link #balance} for that user and currency on the
   * connection it gets. Commits (or rolls back) before releasing the lock.
   *
   * @throws IllegalStateException when this thread already holds a (user, currency) lock
   */
  <T> T locked(String projectId, String userId, String currencyCode, SqlWork<T> work) throws SQLException;

  /**
   * Credits {@code amount} (≥ 0), cut to what the currency's cap leaves room for; a credit of 0
   * writes nothing. Only inside {@link #locked} for this user and currency.
   *
   * @throws dev.amba.testkit.internal.ApiException 404 {@code currency_not_found} when the project
   *     has no such currency (deleted ones included)
   * @throws IllegalStateException when the lock is not held
   */
  Change credit(Connection c, String projectId, String userId, String currencyCode, long amount, Cause cause)
      throws SQLException;

  /**
   * Debits {@code amount} (≥ 0; 0 writes nothing). Only inside {@link #locked} for this user and
   * currency.
   *
   * @throws dev.amba.testkit.internal.ApiException 400 {@code insufficient_balance} when the
   *     balance is smaller (nothing has changed; the caller's transaction rolls back), 404
   *     {@code currency_not_found} as for {@link #credit}
   * @throws IllegalStateException when the lock is not held
   */
  Change debit(Connection c, String projectId, String userId, String currencyCode, long amount, Cause cause)
      throws SQLException;

  /**
   * The user's balance, settled first; the initial balance without a row. Only inside
   * {@link #locked} for this user and currency.
   */
  long balance(Connection c, String projectId, String userId, String currencyCode) throws SQLException;

  /** A credit in a step of its own, for work that needs nothing else in the transaction (a reward). */
  default Change credit(String projectId, String userId, String currencyCode, long amount, Cause cause)
      throws SQLException {
    return locked(projectId, userId, currencyCode, c -> credit(c, projectId, userId, currencyCode, amount, cause));
  }

  /** The user's balance, settled first, in a step of its own. */
  default long balance(String projectId, String userId, String currencyCode) throws SQLException {
    return locked(projectId, userId, currencyCode, c -> balance(c, projectId, userId, currencyCode));
  }

  /**
   * Whether {@code code} names a currency of the project now (not a deleted one): a price in any
   * other code cannot be paid (20.4 #7), a reward in it is skipped (21.4 #3).
   */
  boolean isCurrency(String projectId, String code) throws SQLException;
}
