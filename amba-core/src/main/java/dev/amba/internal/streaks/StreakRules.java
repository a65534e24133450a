package dev.amba.internal.streaks;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.PathSegment;
import java.util.Map;

/**
 * The streak rules the SDK checks before sending (amba-api-modules.md M1 and 12.2), so a mistake is
 * an {@link IllegalArgumentException} naming the argument rather than a round trip to a 400. The
 * ranges are the emulator's (X); the service decides anything finer.
 */
public final class StreakRules {

  public static final int MAX_NAME = 128;
  public static final int MAX_DESCRIPTION = 1024;
  /** A grace period shorter than a week; a daily streak's must also be shorter than a day. */
  public static final int MAX_GRACE_HOURS = 167;
  public static final int MAX_DAILY_GRACE_HOURS = 23;
  public static final int MAX_FREEZES = 100;
  public static final int MAX_FREEZES_PER_N_EVENTS = 1000;

  private StreakRules() {}

  /** M1 key rule, shared by every module. */
  public static String key(String key) {
    return ModuleNames.key(key, "key");
  }

  /** M1 event-name rule, shared by every module. */
  public static String qualifyingEvent(String name) {
    return ModuleNames.eventName(name, "qualifyingEvent");
  }

  public static String name(String name) {
    return text(name, "name", 1, MAX_NAME);
  }

  public static String description(String description) {
    return text(description, "description", 0, MAX_DESCRIPTION);
  }

  public static int gracePeriodHours(int hours) {
    return range(hours, "gracePeriodHours", 0, MAX_GRACE_HOURS);
  }

  public static int maxFreezes(int max) {
    return range(max, "maxFreezes", 0, MAX_FREEZES);
  }

  public static int freezesPerNEvents(int n) {
    return range(n, "freezesPerNEvents", 1, MAX_FREEZES_PER_N_EVENTS);
  }

  /** A shield grant adds at least one; the service caps the total at the streak's max_freezes. */
  public static int shieldCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    return count;
  }

  /** A path's {@code {idOrKey}}: the streak's id or key, which must fit in one path segment. */
  public static String idOrKey(String idOrKey) {
    if (idOrKey == null || idOrKey.isBlank()) {
      throw new IllegalArgumentException("idOrKey must be a streak's id or key, got " + quoted(idOrKey));
    }
    PathSegment.encode(idOrKey, "idOrKey");
    return idOrKey;
  }

  /**
   * The one rule across fields of a definition: a daily streak's grace period must end before the
   * next day does, or one qualification could stand for more than one missed day. Checked on the
   * body about to be sent, where the period is known (it defaults to daily on a create).
   */
  public static void graceFitsPeriod(Map<String, Object> body, boolean create) {
    Object grace = body.get("grace_period_hours");
    Object period = body.containsKey("period") ? body.get("period") : create ? "daily" : null;
    if (grace instanceof Integer hours && "daily".equals(period) && hours > MAX_DAILY_GRACE_HOURS) {
      throw new IllegalArgumentException("gracePeriodHours must be at most " + MAX_DAILY_GRACE_HOURS
          + " for a daily streak, got " + hours);
    }
  }

  private static String text(String value, String argument, int min, int max) {
    if (value == null || value.length() < min || value.length() > max || (min > 0 && value.isBlank())) {
      throw new IllegalArgumentException(argument + " must be " + (min > 0 ? "non-blank, " : "") + "at most "
          + max + " characters, got " + (value == null ? "null" : value.length() + " characters"));
    }
    return value;
  }

  private static int range(int value, String argument, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(argument + " must be " + min + ".." + max + ", got " + value);
    }
    return value;
  }

  private static String quoted(String s) {
    return s == null ? "null" : '"' + s + '"';
  }
}
