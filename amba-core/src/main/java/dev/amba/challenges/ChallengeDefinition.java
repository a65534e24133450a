package dev.amba.challenges;

import java.time.Instant;

/**
 * A challenge as the project defines it (the admin view).
 *
 * @param id the challenge's id; admin paths take it
 * @param key unique in the project when set; null for a challenge addressed by id alone
 * @param name the name shown to users
 * @param description free text, or null
 * @param startAt when the window opens; activity before it does not count
 * @param endAt when the window closes; joined users short of the goal then fail
 * @param goalType what it counts: events, XP earned or a streak's run
 * @param goalValue the progress that completes it
 * @param goalEvent for {@link GoalType#EVENT_COUNT}, the event counted; null counts every event the
 *     user tracks (derived events do not count)
 * @param streakDefinitionId for {@link GoalType#STREAK_MAINTAINED}, the streak followed; null follows
 *     the user's best streak
 * @param rewardXp XP credited on completion; 0 for none
 * @param rewardAchievementId the achievement unlocked on completion, or null
 * @param isActive an inactive challenge neither lists, takes joins, nor advances
 * @param createdAt when it was defined, by the server's clock
 * @param updatedAt when its definition last changed, by the server's clock
 */
public record ChallengeDefinition(
    String id,
    String key,
    String name,
    String description,
    Instant startAt,
    Instant endAt,
    GoalType goalType,
    int goalValue,
    String goalEvent,
    String streakDefinitionId,
    int rewardXp,
    String rewardAchievementId,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {}
