package dev.amba.challenges;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.ModuleNames;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to a challenge definition; only what is set is sent. The key and the goal's type,
 * event and streak never change. Immutable.
 */
public final class ChallengeUpdate {

  static {
    WireForms.register(ChallengeUpdate.class, ChallengeUpdate::fields);
  }

  private final Map<String, Object> fields;

  private ChallengeUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** An update that changes nothing yet; sending it as it is is refused. */
  public static ChallengeUpdate create() {
    return new ChallengeUpdate(Map.of());
  }

  public ChallengeUpdate name(String name) {
    return with("name", ModuleNames.text(name, "name"));
  }

  /** Null clears it. */
  public ChallengeUpdate description(String description) {
    return with("description", description == null ? null : ModuleNames.text(description, "description"));
  }

  /**
   * Moves the start; the server refuses a start that is not before the end
   * ({@code invalid_window}).
   */
  public ChallengeUpdate startAt(Instant startAt) {
    return window("start_at", ChallengeFields.instant(startAt, "startAt"));
  }

  /**
   * Moves the end; the server refuses an end that is not after the start ({@code invalid_window}).
   * Users already failed stay failed.
   */
  public ChallengeUpdate endAt(Instant endAt) {
    return window("end_at", ChallengeFields.instant(endAt, "endAt"));
  }

  /** Applies to users still active; completed ones stay completed. */
  public ChallengeUpdate goalValue(int goal) {
    if (goal < 1) {
      throw new IllegalArgumentException("goal must be at least 1, got " + goal);
    }
    return with("goal_value", goal);
  }

  public ChallengeUpdate rewardXp(int xp) {
    return with("reward_xp", ChallengeFields.rewardXp(xp));
  }

  /** The achievement unlocked on completion; null for none. */
  public ChallengeUpdate rewardAchievement(String achievementId) {
    return with("reward_achievement_id", ChallengeFields.rewardAchievement(achievementId));
  }

  /** An inactive challenge neither lists, takes joins, nor advances. */
  public ChallengeUpdate active(boolean active) {
    return with("is_active", active);
  }

  /** The wire fields, in the order they were set; a null value clears the field. */
  private Map<String, Object> fields() {
    return fields;
  }

  private ChallengeUpdate window(String name, String value) {
    Map<String, Object> next = ChallengeFields.with(fields, f -> f.put(name, value));
    ChallengeFields.window(next);
    return new ChallengeUpdate(next);
  }

  private ChallengeUpdate with(String name, Object value) {
    return new ChallengeUpdate(ChallengeFields.with(fields, f -> f.put(name, value)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChallengeUpdate u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "ChallengeUpdate" + fields.keySet();
  }
}
