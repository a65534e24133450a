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
   * @param leaderboard the name, metric and settings
   * @return the leaderboard as stored, with its id and the defaults filled in
   * @throws dev.amba.AmbaConflictException ({@code leaderboard_exists}) when the key is taken
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_metric}) for a metric the service does not score
   */
  LeaderboardDefinition create(NewLeaderboard leaderboard);

  /**
   * Every leaderboard, active or not.
   *
   * @return the definitions, empty when there are none
   */
  List<LeaderboardDefinition> list();

  /**
   * One leaderboard by id or key.
   *
   * @param idOrKey the board's id or key
   * @return the definition, active or not
   * @throws dev.amba.AmbaNotFoundException when there is none
   */
  LeaderboardDefinition get(String idOrKey);

  /**
   * Changes a leaderboard; the scores of its current window are recomputed from history.
   *
   * @param idOrKey the board's id or key
   * @param update what to change; at least one setting
   * @return the definition with the changes
   * @throws IllegalArgumentException for an empty update, before anything is sent
   */
  LeaderboardDefinition update(String idOrKey, LeaderboardUpdate update);

  /**
   * Deletes a leaderboard and every entry of it.
   *
   * @param idOrKey the board's id or key
   * @throws dev.amba.AmbaNotFoundException when there is none
   */
  void delete(String idOrKey);

  /**
   * One page of the ranked entries, best first, in the current window.
   *
   * @param idOrKey the board's id or key, active or not
   * @param offset how many entries to skip, at least 0
   * @param limit 1 to {@value UserLeaderboards#MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<LeaderboardEntry> entries(String idOrKey, int offset, int limit);

  /**
   * Every ranked entry, best first, fetched a page at a time as the stream is consumed.
   *
   * @param idOrKey the board's id or key, active or not
   * @return a lazy stream of the ranked entries, empty before anyone scores
   */
  Stream<LeaderboardEntry> entries(String idOrKey);
}
