package dev.amba.currencies;

/**
 * Common values of {@link CurrencyTransaction#transactionType()}. Strings rather than an enum, so a
 * transaction of a type this SDK does not know still reads.
 */
public final class CurrencyTransactionType {

  /** Credited by a grant rule for an event. */
  public static final String EARN = "earn";
  /** Debited for something other than a store purchase. */
  public static final String SPEND = "spend";
  /** Credited by an admin grant or a referral reward. */
  public static final String GRANT = "grant";
  /** Debited by an inventory purchase; the amount is negative. */
  public static final String PURCHASE = "purchase";
  /** Credited back for a purchase. */
  public static final String REFUND = "refund";
  /** Credited by the currency's auto-recharge. */
  public static final String RECHARGE = "recharge";

  private CurrencyTransactionType() {}
}
