package dev.amba.achievements;

import java.time.Instant;

/**
 * An achievement as the project defines it (the admin view).
 *
 * @param id the achievement's id, which the admin calls take
 * @param key unique in the project; a client may name the achievement by it
 * @param name what users see
 * @param description free text, or null
 * @param iconUrl an image to show, or null
 * @param xpReward XP credited to a user when it unlocks; 0 for none
 * @param criteria when it unlocks
 * @param isHidden whether users see it only once they have unlocked it
 * @param sortOrder where it lists among the others: lower first, then older first
 * @param isActive whether it is shown and evaluated; an inactive one unlocks for nobody
 * @param createdAt when it was defined
 * @param updatedAt when it last changed
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
