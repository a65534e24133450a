package dev.amba.streaks;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of a definition to change; only those set are sent, and the key never changes. A
 * new period or grace period applies from the next settlement of each user's streak, and counts
 * are kept. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.streaks().update("daily_workout", StreakUpdate.create().gracePeriodHours(6));
 * }</pre>
 */
public final class StreakUpdate extends StreakFields<StreakUpdate> {

  static {
    WireForms.register(StreakUpdate.class, StreakUpdate::fields);
  }

  private StreakUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused.
   *
   * @return an empty update
   */
  public static StreakUpdate create() {
    return new StreakUpdate(Map.of());
  }

  /**
   * Removes the description.
   *
   * @return a copy that sets the description to null
   */
  public StreakUpdate clearDescription() {
    return with("description", null);
  }

  /**
   * Stops earning shields automatically; admins can still grant them.
   *
   * @return a copy that sets {@code freezes_per_n_events} to null
   */
  public StreakUpdate clearFreezesPerNEvents() {
    return with("freezes_per_n_events", null);
  }

  @Override
  StreakUpdate make(Map<String, Object> changed) {
    return new StreakUpdate(changed);
  }
}
