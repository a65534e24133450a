package dev.amba.achievements;

import java.util.List;

/**
 * The project's achievement definitions (server key). Users unlock them on the server as their
 * events arrive; an unlock credits the achievement's {@code xpReward} and emits the derived event
 * {@code achievement_unlocked}.
 *
 * <pre>{@code
 * amba.achievements().create(NewAchievement.of("first_lesson", "First lesson",
 *     AchievementCriteria.eventCount("lesson.completed", 1)).xpReward(50));
 * }</pre>
 */
public interface ProjectAchievements {

  /**
   * @throws dev.amba.AmbaConflictException code {@code achievement_exists} when the key is taken
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_criteria} when the criteria name a
   *     streak the project does not have
   */
  AchievementDefinition create(NewAchievement achievement);

  /** Every definition, active or not, by sort order and then age. */
  List<AchievementDefinition> list();

  /** @throws dev.amba.AmbaNotFoundException when the project has no achievement with this id */
  AchievementDefinition get(String achievementId);

  /**
   * Changes what the update sets. Re-activating an achievement evaluates it again on each user's
   * next event; users who unlocked it keep their unlock whatever changes.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no achievement with this id
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_criteria} for criteria naming a
   *     streak the project does not have
   */
  AchievementDefinition update(String achievementId, AchievementUpdate update);

  /**
   * Deletes the definition; the users' unlock records stay.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no achievement with this id
   */
  void delete(String achievementId);
}
