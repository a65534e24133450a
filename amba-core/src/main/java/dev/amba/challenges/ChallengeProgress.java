package dev.amba.challenges;

import java.time.Instant;

/**
 * The compact standing of the acting user in one challenge.
 *
 * @param challengeId the challenge's id
 * @param progress from 0 to 1: progress over the goal, capped at 1
 * @param completed whether the user reached the goal
 * @param claimed whether the user has claimed the completion
 * @param completedAt when the goal was reached, or null
 * @param claimedAt when the completion was claimed, or null
 */
public record ChallengeProgress(
    String challengeId, double progress, boolean completed, boolean claimed, Instant completedAt,
    Instant claimedAt) {}
