package dev.amba.challenges;

import java.time.Instant;

/**
 * A challenge as the acting user sees it: the definition's public part and the user's standing.
 *
 * @param userProgress the user's progress toward {@code goalValue}; 0 when not joined
 * @param userStatus the user's status, or null when not joined
 * @param userCompletedAt when the user completed it, or null
 */
public record ChallengeView(
    String id,
    String key,
    String name,
    String description,
    Instant startAt,
    Instant endAt,
    GoalType goalType,
    int goalValue,
    int rewardXp,
    String rewardAchievementId,
    long userProgress,
    ChallengeStatus userStatus,
    Instant userCompletedAt,
    boolean isJoined) {}
