package dev.amba.xp;

/**
 * Common values of {@link XpLedgerEntry#source()}: what credited the XP. Strings rather than an
 * enum, so an entry from a newer server with a source this SDK does not know still reads.
 */
public final class XpSource {

  /** An XP rule matched an event. */
  public static final String RULE = "rule";
  /** An achievement unlocked with an XP reward. */
  public static final String ACHIEVEMENT = "achievement";
  /** A challenge completed with an XP reward. */
  public static final String CHALLENGE = "challenge";
  /** A referral reward. */
  public static final String REFERRAL = "referral";
  /** The user claimed an {@link XpGrant}. */
  public static final String GRANT = "grant";

  private XpSource() {}
}
