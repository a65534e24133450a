package dev.amba.streaks;

import java.util.Objects;

/**
 * What one qualification did: the user's streak after it, and whether this was the user's first
 * qualification of the streak, which the service tells by answering 201 Created instead of 200.
 *
 * @param streak the user's row after the qualification
 * @param firstQualification true when the call created the user's row of this streak. A user who
 *     was granted shields before ever qualifying already has a row, so that first qualification
 *     reads false here (the service answers it with 200, amba-api-modules.md 12.4 #2); a streak that
 *     broke and starts again at 1 reads false too
 */
public record StreakQualification(UserStreak streak, boolean firstQualification) {

  /**
   * A qualification's outcome.
   *
   * @param streak the user's row after it, not null
   * @param firstQualification whether the call created the user's row
   * @throws NullPointerException if {@code streak} is null
   */
  public StreakQualification {
    Objects.requireNonNull(streak, "streak");
  }
}
