package dev.amba.challenges;

import java.util.Objects;

/**
 * Where a user stands in a challenge they joined, by wire value; a record so that new statuses still
 * decode.
 *
 * @param value the wire value, such as {@code active}
 */
public record ChallengeStatus(String value) {

  /** Joined, goal not reached, window still open. */
  public static final ChallengeStatus ACTIVE = new ChallengeStatus("active");
  /** Goal reached; the rewards were granted then. */
  public static final ChallengeStatus COMPLETED = new ChallengeStatus("completed");
  /** The window closed before the goal was reached. */
  public static final ChallengeStatus FAILED = new ChallengeStatus("failed");

  /**
   * Checks that there is a value.
   *
   * @param value the wire value, not null
   * @throws NullPointerException when {@code value} is null
   */
  public ChallengeStatus {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
