package dev.amba.streaks;

import java.util.Objects;

/**
 * How long one period of a streak lasts, by its wire value. A record rather than an enum, so a
 * period the service adds later still reads; the service accepts {@link #DAILY} and {@link #WEEKLY}.
 * Periods follow the user's own time zone when the profile has one, else UTC.
 *
 * @param value the wire value, such as {@code daily}
 */
public record StreakPeriod(String value) {

  /** A calendar day: qualify once a day. */
  public static final StreakPeriod DAILY = new StreakPeriod("daily");
  /** A Monday-to-Sunday week: qualify once a week. */
  public static final StreakPeriod WEEKLY = new StreakPeriod("weekly");

  /**
   * A period by its wire value.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public StreakPeriod {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
