package dev.amba.challenges;

import java.time.Instant;

/** The part of a challenge's definition that {@link UserChallenges#mine()} carries with each entry. */
public record ChallengeSummary(
    String name,
    String description,
    GoalType goalType,
    int goalValue,
    Instant startAt,
    Instant endAt,
    int rewardXp) {}
