package dev.amba.achievements;

import java.time.Instant;

/**
 * An achievement as the acting user sees it: the definition, whether and when the user unlocked it,
 * and how far the user is. Hidden achievements appear only once unlocked.
 *
 * @param id the achievement's id
 * @param key the achievement's key
 * @param name what users see
 * @param description free text, or null
 * @param iconUrl an image to show, or null
 * @param xpReward XP credited when it unlocks; 0 for none
 * @param criteria when it unlocks
 * @param isHidden whether it is shown only once unlocked
 * @param sortOrder where it lists: lower first
 * @param isActive whether it is evaluated
 * @param createdAt when it was defined
 * @param updatedAt when it last changed
 * @param unlockedAt when the user unlocked it, or null while locked
 * @param progress the user's progress; null when the server sent none (older servers list
 *     achievements without it and answer {@link UserAchievements#progress()} instead)
 */
public record AchievementView(
    String id,
    String key,
    String name,
    String description,
    String iconUrl,
    int xpReward,
    AchievementCriteria criteria,
    boolean isHidden,
    int sortOrder,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt,
    Instant unlockedAt,
    CriteriaProgress progress) {

  /**
   * Whether the user has unlocked it; an unlock is permanent.
   *
   * @return true when {@link #unlockedAt()} is set
   */
  public boolean isUnlocked() {
    return unlockedAt != null;
  }
}
