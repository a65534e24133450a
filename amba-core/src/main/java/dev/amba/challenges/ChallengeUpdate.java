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

  /**
   * An update that changes nothing yet; sending it as it is is refused.
   *
   * @return an empty update to set changes on
   */
  public static ChallengeUpdate create() {
    return new ChallengeUpdate(Map.of());
  }

  /**
   * Renames the challenge.
   *
   * @param name the name shown to users, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException when {@code name} is null or blank
   */
  public ChallengeUpdate name(String name) {
    return with("name", ModuleNames.text(name, "name"));
  }

  /**
   * Sets or clears the description.
   *
   * @param description free text, not blank; or null to clear it
   * @return a copy with the description set
   * @throws IllegalArgumentException when {@code description} is blank
   */
  public ChallengeUpdate description(String description) {
    return with("description", description == null ? null : ModuleNames.text(description, "description"));
  }

  /**
   * Moves the start; the server refuses a start that is not before the end
   * ({@code invalid_window}).
   *
   * @param startAt the new start, before the end set on this update, if any
   * @return a copy with the start set
   * @throws NullPointerException when {@code startAt} is null
   * @throws IllegalArgumentException when an end set on this update is not after {@code startAt}
   */
  public ChallengeUpdate startAt(Instant startAt) {
    return window("start_at", ChallengeFields.instant(startAt, "startAt"));
  }

  /**
   * Moves the end; the server refuses an end that is not after the start ({@code invalid_window}).
   * Users already failed stay failed.
   *
   * @param endAt the new end, after the start set on this update, if any
   * @return a copy with the end set
   * @throws NullPointerException when {@code endAt} is null
   * @throws IllegalArgumentException when {@code endAt} is not after a start set on this update
   */
  public ChallengeUpdate endAt(Instant endAt) {
    return window("end_at", ChallengeFields.instant(endAt, "endAt"));
  }

  /**
   * Changes the goal; applies to users still active, completed ones stay completed.
   *
   * @param goal the new progress that completes it, at least 1
   * @return a copy with the goal set
   * @throws IllegalArgumentException when {@code goal} is below 1
   */
  public ChallengeUpdate goalValue(int goal) {
    if (goal < 1) {
      throw new IllegalArgumentException("goal must be at least 1, got " + goal);
    }
    return with("goal_value", goal);
  }

  /**
   * Changes the XP credited on completion.
   *
   * @param xp at least 0; 0 for none
   * @return a copy with the reward set
   * @throws IllegalArgumentException when {@code xp} is negative
   */
  public ChallengeUpdate rewardXp(int xp) {
    return with("reward_xp", ChallengeFields.rewardXp(xp));
  }

  /**
   * Changes the achievement unlocked on completion.
   *
   * @param achievementId the achievement's id, a UUID; or null for none
   * @return a copy with the reward set
   * @throws IllegalArgumentException when {@code achievementId} is not a UUID
   */
  public ChallengeUpdate rewardAchievement(String achievementId) {
    return with("reward_achievement_id", ChallengeFields.rewardAchievement(achievementId));
  }

  /**
   * Switches the challenge on or off; an inactive challenge neither lists, takes joins, nor advances.
   *
   * @param active whether the challenge is active
   * @return a copy with the flag set
   */
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
