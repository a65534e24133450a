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
   * @throws dev.amba.AmbaConflictException ({@code streak_exists}) when the key is taken
   */
  StreakDefinition create(NewStreak streak);

  /** Every definition, by name. */
  List<StreakDefinition> list();

  /**
   * Changes the settings {@code update} sets; users' counts are kept, and a new period or grace
   * period applies from the next settlement.
   *
   * @throws dev.amba.AmbaNotFoundException when there is no such streak
   */
  StreakDefinition update(String idOrKey, StreakUpdate update);

  /**
   * Deletes the definition and every user's row of it.
   *
   * @throws dev.amba.AmbaNotFoundException when there is no such streak
   */
  void delete(String idOrKey);

  /**
   * Gives a user {@code count} shields for the streak, never more than its {@code max_freezes} in
   * all, and returns the user's row (made, with a count of 0, when the user has none yet). Not
   * retried after a lost answer, which could grant twice.
   *
   * @throws dev.amba.AmbaBadRequestException ({@code freeze_disabled}) when the streak has shields off
   * @throws dev.amba.AmbaNotFoundException when there is no such streak or user
   */
  UserStreak grantShield(String userId, String idOrKey, int count);
}
