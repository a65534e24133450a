package dev.amba.challenges;

/**
 * A challenge the user joined, with what it asks for.
 *
 * @param userChallenge the user's entry
 * @param definition the challenge's summary; null when the server sent none
 */
public record UserChallengeWithDefinition(UserChallenge userChallenge, ChallengeSummary definition) {}
