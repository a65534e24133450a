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

  /** An update that changes nothing yet; sending one is refused. */
  public static LeaderboardUpdate create() {
    return new LeaderboardUpdate(Map.of());
  }

  /** A new metric; {@link LeaderboardMetric#CUSTOM} needs a {@link #customEvent} set now or before. */
  public LeaderboardUpdate metric(LeaderboardMetric metric) {
    Objects.requireNonNull(metric, "metric");
    return with("metric", ModuleNames.key(metric.value(), "metric"));
  }

  /** The event a {@link LeaderboardMetric#CUSTOM} board counts. */
  public LeaderboardUpdate customEvent(String customEvent) {
    return with("custom_event", ModuleNames.eventName(customEvent, "customEvent"));
  }

  /** Shows it to clients (true) or hides it (false); a hidden board keeps scoring. */
  public LeaderboardUpdate active(boolean active) {
    return with("is_active", active);
  }

  /** Whether nothing is set. */
  public boolean isEmpty() {
    return fields().isEmpty();
  }

  @Override
  LeaderboardUpdate make(Map<String, Object> changed) {
    return new LeaderboardUpdate(changed);
  }
}
