package dev.amba.sessions;

import java.util.Objects;

/**
 * The window of {@link ProjectSessions#analytics}, by its wire value.
 *
 * @param value the wire value, such as {@code 7d}
 */
public record SessionPeriod(String value) {

  /** The last 24 hours. */
  public static final SessionPeriod HOURS_24 = new SessionPeriod("24h");
  /** The last 7 days. */
  public static final SessionPeriod DAYS_7 = new SessionPeriod("7d");
  /** The last 30 days. */
  public static final SessionPeriod DAYS_30 = new SessionPeriod("30d");
  /** The last 90 days. */
  public static final SessionPeriod DAYS_90 = new SessionPeriod("90d");

  /**
   * A period by its wire value.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public SessionPeriod {
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
