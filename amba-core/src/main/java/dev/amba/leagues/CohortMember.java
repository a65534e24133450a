package dev.amba.leagues;

/**
 * One member of the acting user's cohort as other members may see it: no user id.
 *
 * @param displayName the member's display name, or null
 * @param score the member's XP this week
 * @param rank the member's live place, 1 first
 */
public record CohortMember(String displayName, long score, int rank) {}
