package dev.amba.challenges;

import java.time.Instant;

/**
 * The part of a challenge's definition that {@link UserChallenges#mine()} carries with each entry.
 *
 * @param name the name shown to users
 * @param description free text, or null
 * @param goalType what it counts
 * @param goalValue the progress that completes it
 * @param startAt when the window opens
 * @param endAt when the window closes
 * @param rewardXp XP credited on completion; 0 for none
 */
public record ChallengeSummary(
    String name,
    String description,
    GoalType goalType,
    int goalValue,
    Instant startAt,
    Instant endAt,
    int rewardXp) {}
