package dev.amba.leaderboards;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * The leaderboards as the acting user's app sees them: active boards only (an inactive one answers
 * 404 here), each ranked in its current window.
 *
 * <pre>{@code
 * LeaderboardEntry mine = amba.asUser(uid).leaderboards().me("weekly_xp");
 * List<LeaderboardEntry> top10 = amba.asUser(uid).leaderboards().entries("weekly_xp").limit(10).toList();
 * }</pre>
 */
public interface UserLeaderboards {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Every active leaderboard.
   *
   * @return the active definitions, empty when there are none
   */
  List<LeaderboardDefinition> list();

  /**
   * The active leaderboard with this key. There is no route for one board: this reads
   * {@link #list()} (one request) and picks it.
   *
   * @param key the board's key
   * @return the definition
   * @throws dev.amba.AmbaNotFoundException ({@code not_found}) when no active board has the key
   */
  LeaderboardDefinition get(String key);

  /**
   * One page of the ranked entries, best first.
   *
   * @param idOrKey the board's id or key
   * @param offset how many entries to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   * @throws dev.amba.AmbaNotFoundException when there is no such active board
   */
  OffsetPage<LeaderboardEntry> entries(String idOrKey, int offset, int limit);

  /**
   * Every ranked entry, best first, fetched a page at a time as the stream is consumed; users past
   * the board's {@code maxEntries} are not in it (see {@link #me}).
   *
   * @param idOrKey the board's id or key
   * @return a lazy stream of the ranked entries, empty before anyone scores
   * @throws dev.amba.AmbaNotFoundException when there is no such active board (when the stream is
   *     first read)
   */
  Stream<LeaderboardEntry> entries(String idOrKey);

  /**
   * The acting user's entry: rank and score, or rank null and score 0 before the user's first
   * contribution in this window. A user past {@code maxEntries} sees the score with rank null.
   *
   * @param idOrKey the board's id or key
   * @return the acting user's entry, never null
   * @throws dev.amba.AmbaNotFoundException when there is no such active board
   */
  LeaderboardEntry me(String idOrKey);
}
