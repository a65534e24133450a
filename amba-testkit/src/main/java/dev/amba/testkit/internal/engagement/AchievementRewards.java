package dev.amba.testkit.internal.engagement;

import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * What the challenges module (15.4 #5) asks of the achievements module: a challenge's
 * {@code reward_achievement_id} unlocks that achievement directly, whatever its criteria (14.4 #7).
 */
public interface AchievementRewards {

  /** Whether the project has an achievement with this id. */
  boolean exists(String projectId, String achievementId) throws SQLException;

  /**
   * Unlocks the achievement for the user unless it already is, as a criteria unlock does: the
   * unlock row, {@code achievement_unlocked} and the {@code xp_reward} credit go to {@code emit}.
   * An achievement that no longer exists unlocks nothing.
   */
  void unlock(String projectId, String userId, String achievementId, Consumer<DerivedEvent> emit)
      throws SQLException;
}
