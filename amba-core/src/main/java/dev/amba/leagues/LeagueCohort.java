package dev.amba.leagues;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One week's group of users in one tier, who compete with each other.
 *
 * @param id the cohort's id
 * @param leagueId the id of the tier the cohort is in
 * @param weekStart the Monday (UTC) the cohort's week starts
 * @param status whether the cohort is this week's or closed
 * @param createdAt when the cohort was formed
 */
public record LeagueCohort(String id, String leagueId, LocalDate weekStart, CohortStatus status, Instant createdAt) {}
