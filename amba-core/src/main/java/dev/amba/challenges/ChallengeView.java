package dev.amba.challenges;

import java.time.Instant;

/**
 * A challenge as the acting user sees it: the definition's public part and the user's standing.
 *
 * @param id the challenge's id
 * @param key the challenge's key, or null
 * @param name the name shown to users
 * @param description free text, or null
 * @param startAt when the window opens
 * @param endAt when the window closes
 * @param goalType what it counts
 * @param goalValue the progress that completes it
 * @param rewardXp XP credited on completion; 0 for none
 * @param rewardAchievementId the achievement unlocked on completion, or null
 * @param userProgress the user's progress toward {@code goalValue}; 0 when not joined
 * @param userStatus the user's status, or null when not joined
 * @param userCompletedAt when the user completed it, or null
 * @param isJoined whether the user has joined it
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
