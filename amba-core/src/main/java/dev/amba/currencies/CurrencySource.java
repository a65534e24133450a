package dev.amba.currencies;

/**
 * Common values of {@link CurrencyTransaction#source()}: what changed the balance. Strings rather
 * than an enum, so a transaction from a source this SDK does not know still reads.
 */
public final class CurrencySource {

  /** A grant rule matched one of the user's events; the reference is the event's id. */
  public static final String EVENT = "event";
  /** An admin grant through {@link ProjectCurrencies#grant}. */
  public static final String ADMIN = "admin";
  /** An inventory purchase; the reference is the purchase's id. */
  public static final String STORE_PURCHASE = "store_purchase";
  /** A reward tied to XP, a value of Amba's older code; no cause in this protocol writes it (17.4 #7). */
  public static final String XP_REWARD = "xp_reward";
  /** A referral reward; the reference is the claim's id. */
  public static final String REFERRAL = "referral";
  /** The service itself, such as the auto-recharge. */
  public static final String SYSTEM = "system";

  private CurrencySource() {}
}
