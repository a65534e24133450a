package dev.amba.xp;

import java.time.Instant;

/**
 * A user's XP and level. A user who never earned XP has a total of 0 at level 1.
 *
 * <p>Levels follow the service's curve; read them from here rather than computing them, since the
 * curve is the service's to change.
 *
 * @param userId the user (older answers: {@code app_user_id})
 * @param totalXp every XP ever credited; it never decreases
 * @param currentLevel the highest level reached, from 1 (older answers: {@code level})
 * @param xpIntoLevel XP earned since the current level began
 * @param xpToNextLevel XP still needed for the next level
 * @param xpThisPeriod XP credited since the current week began (Monday 00:00 UTC)
 * @param updatedAt the time of the latest credit, or null before the first (older answers:
 *     {@code last_xp_at})
 */
public record XpBalance(
    String userId,
    long totalXp,
    int currentLevel,
    long xpIntoLevel,
    long xpToNextLevel,
    long xpThisPeriod,
    Instant updatedAt) {}
