package dev.amba.challenges;

import java.time.Instant;

/**
 * The compact standing of the acting user in one challenge.
 *
 * @param progress from 0 to 1: progress over the goal, capped at 1
 * @param claimed whether the user has claimed the completion
 */
public record ChallengeProgress(
    String challengeId, double progress, boolean completed, boolean claimed, Instant completedAt,
    Instant claimedAt) {}
