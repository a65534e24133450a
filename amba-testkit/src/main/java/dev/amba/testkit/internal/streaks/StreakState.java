package dev.amba.testkit.internal.streaks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * One user's standing on one streak and the rules of amba-api-modules.md 12.4 that move it, as pure
 * functions of the definition, the user's zone and an instant, so the rows only store what they
 * return. {@code covered} is the first day of the period in {@code current_period_start} (#1), kept
 * as a local date so a later change of the user's zone cannot shift it by a day.
 */
record StreakState(int count, int longest, int freezes, String status, LocalDate covered, Instant lastQualifiedAt) {

  static final String ACTIVE = "active";
  static final String FROZEN = "frozen";
  static final String BROKEN = "broken";

  /** What the definition decides, read at every settlement, so a changed period applies from the next (#9). */
  record Rules(boolean weekly, Duration grace, boolean freezeEnabled, int maxFreezes, Integer freezesPerN) {

    /** The first day of the period holding {@code day}: the day, or the Monday of its week. */
    LocalDate periodOf(LocalDate day) {
      return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    LocalDate plus(LocalDate period, long n) {
      return weekly ? period.plusWeeks(n) : period.plusDays(n);
    }

    static Instant start(LocalDate period, ZoneId zone) {
      return period.atStartOfDay(zone).toInstant();
    }
  }

  /** A row before its first qualification: made by a shield grant (#2), or about to be qualified. */
  static StreakState unqualified(int freezes) {
    return new StreakState(0, 0, freezes, ACTIVE, null, null);
  }

  /**
   * #3: each period whose deadline (its end plus the grace period) has passed without a
   * qualification spends a shield, or breaks the streak. A row never qualified, or already broken,
   * has nothing to settle.
   */
  StreakState settle(Rules rules, ZoneId zone, Instant now) {
    if (covered == null || status.equals(BROKEN)) {
      return this;
    }
    LocalDate at = rules.periodOf(covered);
    int shields = freezes;
    String next = status;
    int n = count;
    while (!now.isBefore(Rules.start(rules.plus(at, 2), zone).plus(rules.grace()))) {
      if (rules.freezeEnabled() && shields > 0) {
        shields--;
        at = rules.plus(at, 1);
        next = FROZEN;
      } else {
        next = BROKEN;
        n = 0;
        break;
      }
    }
    return new StreakState(n, longest, shields, next, at, lastQualifiedAt);
  }

  /** #2, #4 to #6: a qualification at {@code t}, after {@link #settle}. */
  StreakState qualify(Rules rules, ZoneId zone, Instant t) {
    LocalDate period = rules.periodOf(LocalDate.ofInstant(t, zone));
    if (covered == null || status.equals(BROKEN)) {
      return new StreakState(1, Math.max(longest, 1), freezes, ACTIVE, period, t);
    }
    LocalDate at = rules.periodOf(covered);
    if (!period.isAfter(at)) {
      return this;
    }
    if (period.equals(rules.plus(at, 1))) {
      return advance(rules, period, t);
    }
    if (period.equals(rules.plus(at, 2)) && t.isBefore(Rules.start(period, zone).plus(rules.grace()))) {
      // Within the grace period of the period just missed: the qualification fills it.
      return advance(rules, rules.plus(at, 1), t);
    }
    // Settlement breaks a streak before it can lag further (a grace period is shorter than a
    // period); a start at 1 is all that could be meant.
    return new StreakState(1, Math.max(longest, 1), freezes, ACTIVE, period, t);
  }

  private StreakState advance(Rules rules, LocalDate period, Instant t) {
    int n = count + 1;
    int shields = freezes;
    Integer every = rules.freezesPerN();
    if (rules.freezeEnabled() && every != null && n % every == 0 && shields < rules.maxFreezes()) {
      shields++;
    }
    return new StreakState(n, Math.max(longest, n), shields, ACTIVE, period, t);
  }

  /** A shield grant: {@code count} more, never above the definition's maximum. */
  StreakState withShields(int count, int maxFreezes) {
    int total = (int) Math.min((long) freezes + count, Math.max(maxFreezes, freezes));
    return new StreakState(this.count, longest, total, status, covered, lastQualifiedAt);
  }
}
