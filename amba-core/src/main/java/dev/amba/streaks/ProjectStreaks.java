package dev.amba.streaks;

import java.util.List;

/**
 * Admin: the project's streak definitions, and shields for users (server key). Paths take a
 * definition's id or its key.
 */
public interface ProjectStreaks {

  /**
   * Defines a streak.
   *
   * @param streak the streak's key, name, event and settings
   * @return the definition as stored, with its id and defaults filled in
   * @throws NullPointerException if {@code streak} is null
   * @throws IllegalArgumentException if a daily streak's grace period is over 23 hours, before
   *     anything is sent
   * @throws dev.amba.AmbaConflictException ({@code streak_exists}) when the key is taken
   */
  StreakDefinition create(NewStreak streak);

  /**
   * Every definition, by name.
   *
   * @return every streak the project defines; empty when none
   */
  List<StreakDefinition> list();

  /**
   * Changes the settings {@code update} sets; users' counts are kept, and a new period or grace
   * period applies from the next settlement.
   *
   * @param idOrKey the streak's id or key; refused when blank or not usable as one URL path segment
   * @param update the settings to change; at least one must be set
   * @return the definition as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException if {@code idOrKey} breaks its rule, {@code update} sets
   *     nothing, or it sets a daily period with a grace period over 23 hours, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such streak
   */
  StreakDefinition update(String idOrKey, StreakUpdate update);

  /**
   * Deletes the definition and every user's row of it.
   *
   * @param idOrKey the streak's id or key; refused when blank or not usable as one URL path segment
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such streak
   */
  void delete(String idOrKey);

  /**
   * Gives a user {@code count} shields for the streak, never more than its {@code max_freezes} in
   * all, and returns the user's row (made, with a count of 0, when the user has none yet). Not
   * retried after a lost answer, which could grant twice.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param idOrKey the streak's id or key; refused when blank or not usable as one URL path segment
   * @param count how many shields to add, at least 1
   * @return the user's row of the streak with its shields after the grant
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code freeze_disabled}) when the streak has shields off
   * @throws dev.amba.AmbaNotFoundException when there is no such streak or user
   */
  UserStreak grantShield(String userId, String idOrKey, int count);
}
