package dev.amba.achievements;

import java.time.Instant;

/**
 * One achievement's progress for the acting user, as {@link UserAchievements#progress()} lists it:
 * the compact form for a progress screen.
 *
 * @param achievementId the achievement's id
 * @param key the achievement's key
 * @param progress from 0 to 1; 1 once unlocked
 * @param unlocked whether the user has unlocked it
 * @param unlockedAt when it unlocked, or null
 */
public record AchievementProgress(
    String achievementId, String key, double progress, boolean unlocked, Instant unlockedAt) {}
