package dev.amba.streaks;

import java.time.Instant;

/**
 * One user's standing on one streak, settled by the service before it answers: missed periods
 * have already spent shields or broken the streak.
 *
 * @param id the user's row of this streak
 * @param streakDefinitionId the {@link StreakDefinition#id()} it counts for
 * @param key the definition's key
 * @param name the definition's name
 * @param currentCount consecutive periods qualified (or saved by a shield); 0 once broken
 * @param longestCount the highest {@code currentCount} ever reached
 * @param lastQualifiedAt the last qualification that changed the count, or null before the first
 * @param currentPeriodStart the start of the last period qualified or saved by a shield, or null
 *     before the first qualification
 * @param freezesRemaining the shields the user holds
 * @param status see {@link StreakStatus}
 * @param updatedAt when the row last changed
 */
public record UserStreak(
    String id,
    String streakDefinitionId,
    String key,
    String name,
    int currentCount,
    int longestCount,
    Instant lastQualifiedAt,
    Instant currentPeriodStart,
    int freezesRemaining,
    StreakStatus status,
    Instant updatedAt) {}
