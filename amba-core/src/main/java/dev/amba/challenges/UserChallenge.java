package dev.amba.challenges;

import java.time.Instant;

/**
 * One user's entry in a challenge, made when the user joins.
 *
 * @param progress toward the challenge's goal; it stops moving once completed
 * @param completedAt when the goal was reached, or null
 * @param claimedAt when the user claimed the completion, or null (the rewards do not wait for it)
 * @param createdAt when the user joined; only activity from then on counts
 */
public record UserChallenge(
    String id,
    String appUserId,
    String challengeId,
    long progress,
    ChallengeStatus status,
    Instant completedAt,
    Instant claimedAt,
    Instant createdAt,
    Instant updatedAt) {}
