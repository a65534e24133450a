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
   * Defines an achievement.
   *
   * @param achievement the key, name, criteria and settings
   * @return the definition as stored, with its id
   * @throws NullPointerException if {@code achievement} is null
   * @throws dev.amba.AmbaConflictException code {@code achievement_exists} when the key is taken
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_criteria} when the criteria name a
   *     streak the project does not have
   */
  AchievementDefinition create(NewAchievement achievement);

  /**
   * Every definition, active or not, by sort order and then age.
   *
   * @return the project's achievements; empty when none
   */
  List<AchievementDefinition> list();

  /**
   * One definition.
   *
   * @param achievementId the achievement's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000} (not its
   *     key)
   * @return the definition, hidden or inactive alike
   * @throws IllegalArgumentException if {@code achievementId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no achievement with this id
   */
  AchievementDefinition get(String achievementId);

  /**
   * Changes what the update sets. Re-activating an achievement evaluates it again on each user's
   * next event; users who unlocked it keep their unlock whatever changes.
   *
   * @param achievementId the achievement's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000} (not its
   *     key)
   * @param update what to change; at least one part must be set
   * @return the definition as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException if {@code achievementId} is not a UUID or {@code update} sets
   *     nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no achievement with this id
   * @throws dev.amba.AmbaBadRequestException code {@code invalid_criteria} for criteria naming a
   *     streak the project does not have
   */
  AchievementDefinition update(String achievementId, AchievementUpdate update);

  /**
   * Deletes the definition; the users' unlock records stay.
   *
   * @param achievementId the achievement's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000} (not its
   *     key)
   * @throws IllegalArgumentException if {@code achievementId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no achievement with this id
   */
  void delete(String achievementId);
}
