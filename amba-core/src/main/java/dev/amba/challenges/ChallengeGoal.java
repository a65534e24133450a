package dev.amba.challenges;

import dev.amba.internal.util.ModuleNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a new challenge asks of the users who join it. Only activity after a user joins, and inside
 * the challenge's window, counts. Immutable.
 *
 * <pre>{@code
 * ChallengeGoal.eventCount("workout.completed", 10);
 * ChallengeGoal.xpEarned(500);
 * ChallengeGoal.streakMaintained("daily_login", 7);
 * }</pre>
 */
public final class ChallengeGoal {

  private final Map<String, Object> fields;

  private ChallengeGoal(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * {@code goal} events named {@code eventName}.
   *
   * @param eventName snake_case words, optionally joined by {@code .}, at most 128 characters
   * @param goal how many such events complete the challenge, at least 1
   * @return the goal
   * @throws IllegalArgumentException when {@code eventName} is not an event name or {@code goal} is
   *     below 1
   */
  public static ChallengeGoal eventCount(String eventName, int goal) {
    return of(GoalType.EVENT_COUNT, goal, "goal_event", ModuleNames.eventName(eventName, "eventName"));
  }

  /**
   * {@code goal} events of any name the user tracks; events the server derives do not count.
   *
   * @param goal how many events complete the challenge, at least 1
   * @return the goal
   * @throws IllegalArgumentException when {@code goal} is below 1
   */
  public static ChallengeGoal eventCount(int goal) {
    return of(GoalType.EVENT_COUNT, goal, null, null);
  }

  /**
   * {@code goal} XP earned, from any source.
   *
   * @param goal the XP that completes the challenge, at least 1
   * @return the goal
   * @throws IllegalArgumentException when {@code goal} is below 1
   */
  public static ChallengeGoal xpEarned(int goal) {
    return of(GoalType.XP_EARNED, goal, null, null);
  }

  /**
   * A run of {@code goal} on one streak, reached while joined.
   *
   * @param streakIdOrKey the streak definition's id or key; the server stores its id
   * @param goal the streak count that completes the challenge, at least 1
   * @return the goal
   * @throws IllegalArgumentException when {@code streakIdOrKey} is neither a UUID nor a key, or
   *     {@code goal} is below 1
   */
  public static ChallengeGoal streakMaintained(String streakIdOrKey, int goal) {
    String ref = ModuleNames.isUuid(streakIdOrKey) ? streakIdOrKey : ModuleNames.key(streakIdOrKey, "streakIdOrKey");
    return of(GoalType.STREAK_MAINTAINED, goal, "streak_definition_id", ref);
  }

  /**
   * A run of {@code goal} on any of the user's streaks, reached while joined.
   *
   * @param goal the streak count that completes the challenge, at least 1
   * @return the goal
   * @throws IllegalArgumentException when {@code goal} is below 1
   */
  public static ChallengeGoal streakMaintained(int goal) {
    return of(GoalType.STREAK_MAINTAINED, goal, null, null);
  }

  private static ChallengeGoal of(GoalType type, int goal, String field, String value) {
    if (goal < 1) {
      throw new IllegalArgumentException("goal must be at least 1, got " + goal);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("goal_type", type.value());
    f.put("goal_value", goal);
    if (field != null) {
      f.put(field, value);
    }
    return new ChallengeGoal(Collections.unmodifiableMap(f));
  }

  /**
   * What the goal counts.
   *
   * @return {@link GoalType#EVENT_COUNT}, {@link GoalType#XP_EARNED} or
   *     {@link GoalType#STREAK_MAINTAINED}
   */
  public GoalType type() {
    return new GoalType((String) fields.get("goal_type"));
  }

  /**
   * The progress that completes the challenge.
   *
   * @return the goal, at least 1
   */
  public int goalValue() {
    return (Integer) fields.get("goal_value");
  }

  /** The wire fields, for {@link NewChallenge}. */
  Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChallengeGoal g && g.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "ChallengeGoal" + fields;
  }
}
