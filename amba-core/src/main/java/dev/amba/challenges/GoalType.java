package dev.amba.challenges;

import java.util.Objects;

/**
 * What a challenge counts toward its goal, by wire value; a record so that a goal type the server
 * adds later still decodes.
 *
 * @param value the wire value, such as {@code xp_earned}
 */
public record GoalType(String value) {

  /** One for each of the user's events (of one name, or any tracked event) after joining. */
  public static final GoalType EVENT_COUNT = new GoalType("event_count");
  /** The XP the user earns after joining. */
  public static final GoalType XP_EARNED = new GoalType("xp_earned");
  /** The highest streak count the user reaches while joined. */
  public static final GoalType STREAK_MAINTAINED = new GoalType("streak_maintained");

  /**
   * Checks that there is a value.
   *
   * @param value the wire value, not null
   * @throws NullPointerException when {@code value} is null
   */
  public GoalType {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
