package dev.amba.leaderboards;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * Admin: the project's leaderboards (server key). Scores follow the users' events by themselves
 * (every stored event recomputes the user's score on every board, active or not); nothing here
 * writes a score.
 */
public interface ProjectLeaderboards {

  /**
   * Creates a leaderboard.
   *
   * @throws dev.amba.AmbaConflictException ({@code leaderboard_exists}) when the key is taken
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_metric}) for a metric the service does not score
   */
  LeaderboardDefinition create(NewLeaderboard leaderboard);

  /** Every leaderboard, active or not. */
  List<LeaderboardDefinition> list();

  /**
   * One leaderboard by id or key.
   *
   * @throws dev.amba.AmbaNotFoundException when there is none
   */
  LeaderboardDefinition get(String idOrKey);

  /**
   * Changes a leaderboard; the scores of its current window are recomputed from history.
   *
   * @throws IllegalArgumentException for an empty update, before anything is sent
   */
  LeaderboardDefinition update(String idOrKey, LeaderboardUpdate update);

  /** Deletes a leaderboard and every entry of it. */
  void delete(String idOrKey);

  /** One page of the ranked entries, best first; {@code limit} 1 to {@value UserLeaderboards#MAX_PAGE}. */
  OffsetPage<LeaderboardEntry> entries(String idOrKey, int offset, int limit);

  /** Every ranked entry, best first, fetched a page at a time as the stream is consumed. */
  Stream<LeaderboardEntry> entries(String idOrKey);
}
