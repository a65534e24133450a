package dev.amba.leagues;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The changes to a league tier; only what is set is sent, and a tier's order never changes.
 * Changes apply from the next rollover: this week's cohorts keep their members. Immutable.
 *
 * <pre>{@code
 * amba.leagues().update(bronzeId, LeagueUpdate.create().cohortSize(20));
 * }</pre>
 */
public final class LeagueUpdate extends LeagueFields<LeagueUpdate> {

  static {
    WireForms.register(LeagueUpdate.class, LeagueUpdate::fields);
  }

  private LeagueUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending one is refused.
   *
   * @return an empty update
   */
  public static LeagueUpdate create() {
    return new LeagueUpdate(Map.of());
  }

  /**
   * Takes the tier off the ladder (false) from the next rollover, or puts it back (true).
   *
   * @param active whether the tier takes part in rollovers
   * @return a copy of this update with the flag set
   */
  public LeagueUpdate active(boolean active) {
    return with("is_active", active);
  }

  /**
   * Whether nothing is set.
   *
   * @return true when no setter was called, so sending the update would be refused
   */
  public boolean isEmpty() {
    return fields().isEmpty();
  }

  @Override
  LeagueUpdate make(Map<String, Object> changed) {
    return new LeagueUpdate(changed);
  }
}
