package dev.amba.leagues;

import java.time.Instant;

/**
 * One tier of the project's weekly leagues. Each week the users of a tier are split into cohorts
 * of at most {@code cohortSize}; at the week's end the best {@code promoteCount} of each cohort go
 * up a tier and the last {@code demoteCount} go down.
 *
 * @param id the tier's id
 * @param name the name shown to users
 * @param tierOrder the tier's place on the ladder, 0 the lowest; unique in the project
 * @param promoteCount how many of each cohort go up a tier at the week's end
 * @param demoteCount how many of each cohort go down a tier at the week's end
 * @param cohortSize the most users of one cohort
 * @param isActive whether the tier takes part in the next rollover
 * @param createdAt when the tier was added
 */
public record League(
    String id,
    String name,
    int tierOrder,
    int promoteCount,
    int demoteCount,
    int cohortSize,
    boolean isActive,
    Instant createdAt) {}
