package dev.amba.leaderboards;

import java.time.Instant;

/**
 * One user's place on a leaderboard in its current window. Ranks are 1, 2, 3, ... in order of
 * score (higher first), then of who reached it first; no two users share one.
 *
 * @param leaderboardId the board's id
 * @param appUserId the user's id
 * @param rank the user's position, or null when the user is past the board's
 *     {@link LeaderboardDefinition#maxEntries() maxEntries} or has no score yet in this window
 * @param score the user's score in the window; 0 before the first contribution
 * @param periodStart where the window began; null for {@link LeaderboardPeriod#ALL_TIME}
 * @param updatedAt when the score last changed; null before the first contribution
 * @param displayName the user's display name, or null
 * @param avatarUrl the user's avatar URL, or null
 */
public record LeaderboardEntry(
    String leaderboardId,
    String appUserId,
    Integer rank,
    double score,
    Instant periodStart,
    Instant updatedAt,
    String displayName,
    String avatarUrl) {

  /**
   * Whether the user holds a rank (is among the first {@code maxEntries}).
   *
   * @return true when {@link #rank()} is not null
   */
  public boolean isRanked() {
    return rank != null;
  }
}
