package dev.amba.streaks;

import java.util.List;

/**
 * The acting user's streaks: a streak counts consecutive periods (days or weeks, in the user's
 * time zone) in which the user did the streak's qualifying event. Tracking that event qualifies it
 * by itself; {@link #qualify} does the same without an event.
 *
 * <pre>{@code
 * StreakQualification q = amba.asUser(uid).streaks().qualify("daily_workout");
 * if (q.firstQualification()) { ... welcome to the streak ... }
 * int days = q.streak().currentCount();
 * }</pre>
 */
public interface UserStreaks {

  /**
   * Every streak the user has a row for (qualified at least once, or granted a shield), by the
   * definition's name. The service settles each first, so missed periods have already spent shields
   * or broken the streak.
   *
   * @return the user's rows, settled; empty when the user has none
   */
  List<UserStreak> list();

  /**
   * Qualifies the streak for the current period: the count goes up once per period, a qualification
   * within the grace period fills the period just missed, and a broken streak starts again at 1. A
   * second qualification in the same period changes nothing. Not retried after a lost answer: near
   * a period's end a repeat could count the next period too.
   *
   * @param idOrKey the streak's id or key; refused when blank or not usable as one URL path segment
   * @return the user's row after the qualification, and whether it was the row's first
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code streak_not_found}) when the project has no such streak
   */
  StreakQualification qualify(String idOrKey);
}
