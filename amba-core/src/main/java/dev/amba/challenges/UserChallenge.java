package dev.amba.challenges;

import java.time.Instant;

/**
 * One user's entry in a challenge, made when the user joins.
 *
 * @param id the entry's id
 * @param appUserId the user who joined
 * @param challengeId the challenge joined
 * @param progress toward the challenge's goal; it stops moving once completed
 * @param status active, completed or failed
 * @param completedAt when the goal was reached, or null
 * @param claimedAt when the user claimed the completion, or null (the rewards do not wait for it)
 * @param createdAt when the user joined; only activity from then on counts
 * @param updatedAt when the entry last changed, by the server's clock
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
