package dev.amba.leaderboards;

import dev.amba.internal.util.ModuleNames;
import java.util.Objects;

/**
 * The window a leaderboard scores in, by its wire value: windows are UTC days, Monday-to-Sunday
 * weeks and calendar months, and every user starts a new window at nothing. A record so that a
 * period the service adds later still reads.
 *
 * @param value the wire value, such as {@code weekly}
 */
public record LeaderboardPeriod(String value) {

  /** One window that never resets; entries have no {@code periodStart}. */
  public static final LeaderboardPeriod ALL_TIME = new LeaderboardPeriod("all_time");
  /** UTC days. */
  public static final LeaderboardPeriod DAILY = new LeaderboardPeriod("daily");
  /** Weeks start on Monday 00:00 UTC. */
  public static final LeaderboardPeriod WEEKLY = new LeaderboardPeriod("weekly");
  /** Calendar months, from the 1st 00:00 UTC. */
  public static final LeaderboardPeriod MONTHLY = new LeaderboardPeriod("monthly");

  /**
   * Checks that there is a value; {@link #of} also checks its form.
   *
   * @param value the wire value, not null
   * @throws NullPointerException when {@code value} is null
   */
  public LeaderboardPeriod {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The period of a wire value; the server decides which it knows.
   *
   * @param value the wire value, such as {@code daily}
   * @return the period of that value
   * @throws IllegalArgumentException when {@code value} is not lower_snake_case of 1 to 64 characters
   */
  public static LeaderboardPeriod of(String value) {
    return new LeaderboardPeriod(ModuleNames.key(value, "period"));
  }

  @Override
  public String toString() {
    return value;
  }
}
