package dev.amba.internal.referrals;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.regex.Pattern;

/**
 * The referral module's argument rules (amba-api-modules.md 21.2 and 21.4 #5), checked before
 * anything is sent so a mistake is an {@link IllegalArgumentException} naming the argument rather
 * than a 400 later. The bounds marked X are the emulator's.
 */
public final class ReferralArguments {

  /** 21.4 #5: a code's text is 4..32 letters and digits, kept as sent and unique ignoring case. */
  public static final int MIN_CODE = 4;
  public static final int MAX_CODE = 32;
  /**
   * X: the longest text a claim sends. Longer than any code, so a user's mistyped code (a space, a
   * character too many) still reaches the service and reads 404 {@code invalid_code}; bounded, so a
   * pasted document never does.
   */
  public static final int MAX_CLAIM_CODE = 64;
  /** X: far more currencies than a project defines; bounds what one reward carries. */
  public static final int MAX_REWARD_CURRENCIES = 50;
  /** The reward key that credits XP rather than a currency (21.3). */
  public static final String XP = "xp";

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{" + MIN_CODE + "," + MAX_CODE + "}");

  private ReferralArguments() {}

  /** The text of a code to create: 4..32 characters of A-Z, a-z and 0-9. */
  public static String code(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code must be " + MIN_CODE + ".." + MAX_CODE
          + " characters of A-Z, a-z and 0-9, got " + quoted(code));
    }
    return code;
  }

  /**
   * The text of a code to claim, as the user typed it: not blank, at most {@value #MAX_CLAIM_CODE}
   * characters. Its case does not matter to the service.
   */
  public static String claimCode(String code) {
    return TextArguments.require(code, "code", 1, MAX_CLAIM_CODE);
  }

  /** How many claims a code takes: at least 1. */
  public static int maxUses(int maxUses) {
    if (maxUses < 1) {
      throw new IllegalArgumentException("maxUses must be at least 1, got " + maxUses);
    }
    return maxUses;
  }

  /** A currency a reward pays in: the M1 key rule, and never {@value #XP}, the key of XP itself. */
  public static String currencyCode(String code) {
    ModuleNames.key(code, "currencyCode");
    if (XP.equals(code)) {
      throw new IllegalArgumentException("currencyCode \"xp\" is the reward key of XP; give XP through withXp");
    }
    return code;
  }

  /** A reward's amount in a currency: whole units, at least 1. */
  public static int amount(String currencyCode, int amount) {
    if (amount < 1) {
      throw new IllegalArgumentException("the reward in " + currencyCode + " must be at least 1, got " + amount);
    }
    return amount;
  }

  /** A reward's XP: at least 1 when given (0 in a reward means none). */
  public static int xp(int xp) {
    if (xp < 1) {
      throw new IllegalArgumentException("xp must be at least 1, got " + xp);
    }
    return xp;
  }

  /** A path's {@code {codeId}}: not blank, one path segment. */
  public static String codeId(String codeId) {
    return TextArguments.pathValue(codeId, "codeId");
  }

  private static String quoted(String s) {
    return s == null ? "null" : '"' + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + '"';
  }
}
