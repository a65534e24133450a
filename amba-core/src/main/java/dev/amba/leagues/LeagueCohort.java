package dev.amba.leagues;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One week's group of users in one tier, who compete with each other.
 *
 * @param weekStart the Monday (UTC) the cohort's week starts
 */
public record LeagueCohort(String id, String leagueId, LocalDate weekStart, CohortStatus status, Instant createdAt) {}
