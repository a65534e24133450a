package dev.amba.streaks;

import java.util.Objects;

/**
 * Where a user's streak stands, by its wire value. A record rather than an enum, so a status the
 * service adds later still reads.
 *
 * @param value the wire value, such as {@code active}
 */
public record StreakStatus(String value) {

  /** Qualified in the current period or the one before: the streak goes on with the next qualification. */
  public static final StreakStatus ACTIVE = new StreakStatus("active");
  /** A missed period was saved by a shield; the count is kept, and the next qualification makes it active. */
  public static final StreakStatus FROZEN = new StreakStatus("frozen");
  /** A period was missed without a shield: the count is 0, and the next qualification starts again at 1. */
  public static final StreakStatus BROKEN = new StreakStatus("broken");
  /**
   * Sent by older services (the 4.x core) for a streak about to break; this service does not send
   * it, but it still reads.
   */
  public static final StreakStatus AT_RISK = new StreakStatus("at_risk");

  /**
   * A status by its wire value.
   *
   * @param value the wire value, not null
   * @throws NullPointerException if {@code value} is null
   */
  public StreakStatus {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
