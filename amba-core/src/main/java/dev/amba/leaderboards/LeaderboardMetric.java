package dev.amba.leaderboards;

import dev.amba.internal.util.ModuleNames;
import java.util.Objects;

/**
 * What a leaderboard scores, by its wire value. A record rather than an enum: a definition whose
 * metric the service added after this SDK was built still reads, and can still be created.
 *
 * @param value the wire value, such as {@code xp}
 */
public record LeaderboardMetric(String value) {

  /** The sum of the user's {@code xp_awarded} amounts in the window. */
  public static final LeaderboardMetric XP = new LeaderboardMetric("xp");
  /**
   * The highest {@code current_count} the user reached on any streak. Amba's admin docs spell it
   * {@code streak_length}; the service takes that spelling too and stores {@code streak}, and the
   * SDK reads either as this constant.
   */
  public static final LeaderboardMetric STREAK = new LeaderboardMetric("streak");
  /** How many of the user's events are named the definition's {@code custom_event}. */
  public static final LeaderboardMetric CUSTOM = new LeaderboardMetric("custom");

  /**
   * Checks that there is a value; {@link #of} also checks its form.
   *
   * @param value the wire value, not null
   * @throws NullPointerException when {@code value} is null
   */
  public LeaderboardMetric {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The metric of a wire value. Any lower_snake value is let through: the server, not the SDK,
   * knows which metrics it scores, and answers one it does not with 400 {@code invalid_metric}.
   *
   * @param value the wire value, such as {@code xp}
   * @return the metric of that value
   * @throws IllegalArgumentException when {@code value} is not lower_snake_case of 1 to 64 characters
   */
  public static LeaderboardMetric of(String value) {
    return new LeaderboardMetric(ModuleNames.key(value, "metric"));
  }

  @Override
  public String toString() {
    return value;
  }
}
