package dev.amba.content;

import java.util.Locale;
import java.util.Objects;

/**
 * How a schedule picks its item each tick (28.4 #2, #3), by its wire value. A record rather than an
 * enum, so a type the service adds later still reads.
 *
 * @param value the wire value, such as {@code sequential}; kept in lower case
 */
public record ScheduleType(String value) {

  /** Items in turn by {@code sort_order}, one a tick; ticks at 09:00 every day unless a cron says otherwise. */
  public static final ScheduleType DAILY_ROTATION = new ScheduleType("daily_rotation");
  /** As daily rotation, ticking at 09:00 on Mondays unless a cron says otherwise. */
  public static final ScheduleType WEEKLY = new ScheduleType("weekly");
  /** An item drawn from the tick's time and the schedule's id, so every reader sees the same; needs a cron. */
  public static final ScheduleType RANDOM = new ScheduleType("random");
  /** Items in turn by {@code sort_order}; needs a cron. */
  public static final ScheduleType SEQUENTIAL = new ScheduleType("sequential");

  /**
   * A type by its wire value, in any case.
   *
   * @param value the wire value, not blank; lower-cased
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public ScheduleType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the type has no default cron, so a schedule of it must give one.
   *
   * @return true for {@link #RANDOM} and {@link #SEQUENTIAL}
   */
  public boolean needsCron() {
    return equals(RANDOM) || equals(SEQUENTIAL);
  }

  @Override
  public String toString() {
    return value;
  }
}
