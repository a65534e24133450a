package dev.amba.sessions;

import java.util.Objects;

/** The window of {@link ProjectSessions#analytics}, by its wire value. */
public record SessionPeriod(String value) {

  public static final SessionPeriod HOURS_24 = new SessionPeriod("24h");
  public static final SessionPeriod DAYS_7 = new SessionPeriod("7d");
  public static final SessionPeriod DAYS_30 = new SessionPeriod("30d");
  public static final SessionPeriod DAYS_90 = new SessionPeriod("90d");

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
