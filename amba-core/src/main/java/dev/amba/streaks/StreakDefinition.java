package dev.amba.streaks;

import java.time.Instant;

/**
 * A streak the project defines: which event qualifies it, how long a period lasts and how shields
 * (freezes) work.
 *
 * @param id the definition's id; paths take it or the key
 * @param key unique in the project, {@code ^[a-z][a-z0-9_]*$}
 * @param name the name shown to users
 * @param description a note for admins, or null
 * @param qualifyingEvent every event of this name the user tracks qualifies the streak
 * @param period how long one period lasts
 * @param gracePeriodHours how long after a period ends a qualification still counts for it
 * @param freezeEnabled whether shields save missed periods
 * @param maxFreezes the most shields a user can hold
 * @param freezesPerNEvents one shield is earned each time the count reaches a multiple of this; null
 *     when shields are only granted by admins
 * @param createdAt when the streak was defined
 * @param updatedAt when a setting last changed
 */
public record StreakDefinition(
    String id,
    String key,
    String name,
    String description,
    String qualifyingEvent,
    StreakPeriod period,
    int gracePeriodHours,
    boolean freezeEnabled,
    int maxFreezes,
    Integer freezesPerNEvents,
    Instant createdAt,
    Instant updatedAt) {}
