package dev.amba.internal.xp;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.WellFormedText;

/** The XP module's argument rules (amba-api-modules.md 13.2, M1), checked before anything is sent. */
public final class XpArguments {

  /** The longest rule name; the name is also the reason of every ledger entry the rule writes. */
  public static final int MAX_NAME = 128;

  private XpArguments() {}

  public static String name(String name, String argument) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException(argument + " must be 1.." + MAX_NAME + " characters and not blank, got "
          + (name == null ? "null" : name.length() + " characters"));
    }
    return WellFormedText.require(name, argument);
  }

  public static String eventName(String eventName, String argument) {
    return ModuleNames.eventName(eventName, argument);
  }

  public static String grantKey(String key, String argument) {
    return ModuleNames.key(key, argument);
  }

  public static int xpAmount(int xpAmount, String argument) {
    if (xpAmount < 1) {
      throw new IllegalArgumentException(argument + " must be at least 1, got " + xpAmount);
    }
    return xpAmount;
  }

  /** Null means no daily cap. */
  public static Integer maxPerDay(Integer maxPerDay, String argument) {
    if (maxPerDay != null && maxPerDay < 1) {
      throw new IllegalArgumentException(argument + " must be at least 1, or null for no cap, got " + maxPerDay);
    }
    return maxPerDay;
  }

  public static int cooldownSeconds(int cooldownSeconds, String argument) {
    if (cooldownSeconds < 0) {
      throw new IllegalArgumentException(argument + " must not be negative, got " + cooldownSeconds);
    }
    return cooldownSeconds;
  }

  /** A rule id for a path: not blank; {@link dev.amba.internal.endpoint.Endpoint#path} refuses the rest. */
  public static String ruleId(String ruleId, String argument) {
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException(argument + " must not be blank");
    }
    return ruleId;
  }
}
