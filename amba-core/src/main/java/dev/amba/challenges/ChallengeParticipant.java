package dev.amba.challenges;

/**
 * A user who joined a challenge, as the admin participant list shows them.
 *
 * @param userChallenge the user's entry: progress, status and times
 * @param displayName the user's display name, or null
 * @param avatarUrl the user's avatar, or null
 */
public record ChallengeParticipant(UserChallenge userChallenge, String displayName, String avatarUrl) {}
