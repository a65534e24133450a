package dev.amba.achievements;

import java.time.Instant;

/**
 * An achievement as the acting user sees it: the definition, whether and when the user unlocked it,
 * and how far the user is. Hidden achievements appear only once unlocked.
 *
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

  /** Whether the user has unlocked it; an unlock is permanent. */
  public boolean isUnlocked() {
    return unlockedAt != null;
  }
}
