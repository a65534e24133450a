package dev.amba.leaderboards;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleNames;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to a leaderboard; only what is set is sent, and the key never changes. The service
 * recomputes every score of the current window from the users' history after a change, so a new
 * metric or period shows at once. Immutable.
 *
 * <pre>{@code
 * amba.leaderboards().update("weekly_xp", LeaderboardUpdate.create().maxEntries(20).active(false));
 * }</pre>
 */
public final class LeaderboardUpdate extends LeaderboardFields<LeaderboardUpdate> {

  static {
    WireForms.register(LeaderboardUpdate.class, LeaderboardUpdate::fields);
  }

  private LeaderboardUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending one is refused.
   *
   * @return an empty update to set changes on
   */
  public static LeaderboardUpdate create() {
    return new LeaderboardUpdate(Map.of());
  }

  /**
   * Sets a new metric; {@link LeaderboardMetric#CUSTOM} needs a {@link #customEvent} set now or
   * before.
   *
   * @param metric what the board scores from now on
   * @return a copy with the metric set
   * @throws NullPointerException when {@code metric} is null
   */
  public LeaderboardUpdate metric(LeaderboardMetric metric) {
    Objects.requireNonNull(metric, "metric");
    return with("metric", ModuleNames.key(metric.value(), "metric"));
  }

  /**
   * Sets the event a {@link LeaderboardMetric#CUSTOM} board counts.
   *
   * @param customEvent an event name: snake_case words, optionally joined by {@code .}, at most 128
   *     characters
   * @return a copy with the event set
   * @throws IllegalArgumentException when {@code customEvent} is not an event name
   */
  public LeaderboardUpdate customEvent(String customEvent) {
    return with("custom_event", ModuleNames.eventName(customEvent, "customEvent"));
  }

  /**
   * Shows it to clients (true) or hides it (false); a hidden board keeps scoring.
   *
   * @param active whether clients see the board
   * @return a copy with the flag set
   */
  public LeaderboardUpdate active(boolean active) {
    return with("is_active", active);
  }

  /**
   * Whether nothing is set.
   *
   * @return true when the update would change nothing (and would be refused)
   */
  public boolean isEmpty() {
    return fields().isEmpty();
  }

  @Override
  LeaderboardUpdate make(Map<String, Object> changed) {
    return new LeaderboardUpdate(changed);
  }
}
