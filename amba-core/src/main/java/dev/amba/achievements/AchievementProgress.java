package dev.amba.achievements;

import java.time.Instant;

/**
 * One achievement's progress for the acting user, as {@link UserAchievements#progress()} lists it:
 * the compact form for a progress screen.
 *
 * @param progress from 0 to 1; 1 once unlocked
 * @param unlockedAt when it unlocked, or null
 */
public record AchievementProgress(
    String achievementId, String key, double progress, boolean unlocked, Instant unlockedAt) {}
