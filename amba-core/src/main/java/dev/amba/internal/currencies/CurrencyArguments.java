package dev.amba.internal.currencies;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.PathSegment;
import dev.amba.internal.util.WellFormedText;
import java.math.BigDecimal;

/**
 * The currency module's argument rules (amba-api-modules.md M1 and 17.2), checked before anything is
 * sent so a mistake is an {@link IllegalArgumentException} naming the argument rather than a 400
 * later. The lengths are the emulator's (X); the service decides anything finer.
 */
public final class CurrencyArguments {

  public static final int MAX_NAME = 128;
  public static final int MAX_DESCRIPTION = 1024;
  /** A grant's reason is stored on its ledger row, where it explains the credit to support staff. */
  public static final int MAX_REASON = 256;
  /** An event property's name as a grant rule reads it. */
  public static final int MAX_PROPERTY = 128;

  private CurrencyArguments() {}

  /** A currency code: the M1 key rule. */
  public static String code(String code, String argument) {
    return ModuleNames.key(code, argument);
  }

  public static String eventName(String eventName, String argument) {
    return ModuleNames.eventName(eventName, argument);
  }

  public static String name(String name, String argument) {
    return text(name, argument, 1, MAX_NAME);
  }

  public static String description(String description, String argument) {
    return text(description, argument, 0, MAX_DESCRIPTION);
  }

  public static String reason(String reason, String argument) {
    return text(reason, argument, 1, MAX_REASON);
  }

  public static String property(String property, String argument) {
    return text(property, argument, 1, MAX_PROPERTY);
  }

  /** Amounts credited, and the sizes of a recharge: whole units, at least 1. */
  public static int amount(int amount, String argument) {
    return atLeast(amount, 1, argument);
  }

  public static int initialBalance(int balance, String argument) {
    return atLeast(balance, 0, argument);
  }

  /** Null means no cap. */
  public static Integer maxBalance(Integer max, String argument) {
    if (max != null) {
      atLeast(max, 1, argument);
    }
    return max;
  }

  /** A grant rule's cap: how many times it credits one user per UTC day; null for no cap. */
  public static Integer maxPerDay(Integer maxPerDay, String argument) {
    if (maxPerDay != null) {
      atLeast(maxPerDay, 1, argument);
    }
    return maxPerDay;
  }

  /** A property rule's multiplier: a finite number above 0, kept exact as a decimal. */
  public static BigDecimal multiplier(double multiplier, String argument) {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException(argument + " must be a finite number above 0, got " + multiplier);
    }
    // valueOf reads the double as its shortest decimal, so 0.1 goes out as 0.1, not 0.1000000000000000055...
    return BigDecimal.valueOf(multiplier);
  }

  /** The initial balance a cap allows: one that no credit could reach would start users above it. */
  public static void initialWithinCap(Object initial, Object max) {
    if (initial instanceof Integer i && max instanceof Integer m && i > m) {
      throw new IllegalArgumentException("initialBalance (" + i + ") must not exceed maxBalance (" + m + ")");
    }
  }

  /** A path's {@code {currencyIdOrCode}} or {@code {ruleId}}: not blank, one path segment. */
  public static String pathValue(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(argument + " must not be blank, got " + (value == null ? "null" : "\"" + value + "\""));
    }
    PathSegment.encode(value, argument);
    return value;
  }

  private static int atLeast(int value, int least, String argument) {
    if (value < least) {
      throw new IllegalArgumentException(argument + " must be at least " + least + ", got " + value);
    }
    return value;
  }

  private static String text(String value, String argument, int min, int max) {
    if (value == null || value.length() < min || value.length() > max || (min > 0 && value.isBlank())) {
      throw new IllegalArgumentException(argument + " must be " + (min > 0 ? "non-blank, " : "") + "at most "
          + max + " characters, got " + (value == null ? "null" : value.length() + " characters"));
    }
    return WellFormedText.require(value, argument);
  }
}
