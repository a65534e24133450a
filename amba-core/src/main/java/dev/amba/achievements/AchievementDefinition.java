package dev.amba.achievements;

import java.time.Instant;

/**
 * An achievement as the project defines it (the admin view).
 *
 * @param key unique in the project; a client may name the achievement by it
 * @param description free text, or null
 * @param iconUrl an image to show, or null
 * @param xpReward XP credited to a user when it unlocks; 0 for none
 * @param isHidden whether users see it only once they have unlocked it
 * @param sortOrder where it lists among the others: lower first, then older first
 * @param isActive whether it is shown and evaluated; an inactive one unlocks for nobody
 */
public record AchievementDefinition(
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
    Instant updatedAt) {}
