package dev.amba.testkit.internal.leaderboards;

import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.EventHistory;
import dev.amba.testkit.internal.store.EventHistory.Tally;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The scores of 16.4: what a user has in a board's current window, kept in the entries table by
 * M4 stage 6 and recomputed from history when a board is created or changed, and the ranking read
 * from those entries.
 */
final class LeaderboardScores implements EngagementStage {

  /** The derived event whose {@code amount} the xp metric sums (M5). */
  static final String XP_AWARDED = "xp_awarded";
  static final String XP_AMOUNT = "amount";
  private static final int MAX_RACES = 3;

  /** An entry of the current window with its place; {@code rank} null past {@code max_entries}. */
  record Ranked(Row entry, Integer rank) {}

  private final Stores stores;
  private final StreakReadings streaks;
  /**
   * One user's rescoring at a time: two events of a user scored side by side could each read the
   * history before the other's write, and the later write would put back the older score.
   */
  private final KeyedLocks users = new KeyedLocks();

  LeaderboardScores(Stores stores, StreakReadings streaks) {
    this.stores = stores;
    this.streaks = streaks;
  }

  @Override
  public int step() {
    return 6;
  }

  /**
   * Recomputes the user's score on every board, active or not (16.4 #6), for the window the event
   * falls in. A board whose score the event cannot move (an xp board and any event but
   * {@code xp_awarded}, a custom board and another event) is skipped: its recomputation would find
   * what is stored.
   */
  @Override
  public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        users.transaction(stores.db(), c -> {
          for (Row board : LeaderboardRoutes.BOARDS.list(c, Scope.project(event.projectId()))) {
            if (moves(board, event.name())) {
              rescore(c, board, event.userId(), event.receivedAt());
            }
          }
          return null;
        }, event.projectId(), event.userId());
        return;
      } catch (SQLException e) {
        // Two events of one user raced to write its first entry; the retry finds the winner's row.
        if (!Database.isUniqueViolation(e) || attempt == MAX_RACES) {
          throw e;
        }
      }
    }
  }

  private static boolean moves(Row board, String eventName) {
    return switch (board.string("metric")) {
      case LeaderboardRoutes.XP -> eventName.equals(XP_AWARDED);
      case LeaderboardRoutes.CUSTOM -> eventName.equals(board.string("custom_event"));
      default -> true;
    };
  }

  /** The user's score on one board in the window of {@code now}, written when it changed. */
  private void rescore(Connection c, Row board, String userId, Instant now) throws SQLException {
    Window window = Window.of(board.string("period"), now);
    Scope scope = Scope.user(board.projectId(), userId);
    Row entry = LeaderboardRoutes.ENTRIES.find(c, scope, board.id())
        .filter(e -> window.holds(e.instant("period_start"))).orElse(null);
    Tally tally;
    if (board.string("metric").equals(LeaderboardRoutes.STREAK)) {
      // Streaks keep no history to read back: the score is the highest count seen in the window.
      long countNow = streaks.currentCount(board.projectId(), userId, null);
      long before = entry == null ? 0 : entry.bigint("score");
      tally = countNow > before ? new Tally(countNow, now)
          : entry == null ? Tally.NONE : new Tally(before, entry.instant("reached_at"));
    } else {
      tally = historyTally(c, board, userId, window);
    }
    if (tally.total() <= 0 || entry != null && entry.bigint("score") == tally.total()) {
      return;
    }
    write(c, board, userId, window, tally, now);
  }

  private static Tally historyTally(Connection c, Row board, String userId, Window w) throws SQLException {
    boolean xp = board.string("metric").equals(LeaderboardRoutes.XP);
    return EventHistory.tally(c, board.projectId(), userId, xp ? XP_AWARDED : board.string("custom_event"),
        xp ? XP_AMOUNT : null, w.start(), w.end());
  }

  /**
   * Every entry of the board's current window, from the users' history (a board just created or
   * changed). Streak scores, which have no history, are the users' counts now, for every user
   * active in the window.
   */
  void recompute(Connection c, Row board, Instant now) throws SQLException {
    String projectId = board.projectId();
    LeaderboardRoutes.ENTRIES.deleteWhere(c, projectId, "leaderboard_id", board.id());
    Window w = Window.of(board.string("period"), now);
    String metric = board.string("metric");
    if (metric.equals(LeaderboardRoutes.STREAK)) {
      for (String userId : EventHistory.activeUsers(c, projectId, w.start(), w.end())) {
        int count = streaks.currentCount(projectId, userId, null);
        if (count > 0) {
          write(c, board, userId, w, new Tally(count, now), now);
        }
      }
      return;
    }
    boolean xp = metric.equals(LeaderboardRoutes.XP);
    Map<String, Tally> tallies = EventHistory.tallyByUser(c, projectId,
        xp ? XP_AWARDED : board.string("custom_event"), xp ? XP_AMOUNT : null, w.start(), w.end());
    for (Map.Entry<String, Tally> t : tallies.entrySet()) {
      write(c, board, t.getKey(), w, t.getValue(), now);
    }
  }

  private static void write(Connection c, Row board, String userId, Window w, Tally tally, Instant now)
      throws SQLException {
    Resource entries = LeaderboardRoutes.ENTRIES;
    Scope scope = Scope.user(board.projectId(), userId);
    Resource.Values values = entries.values()
        .set("score", Json.createValue(tally.total()))
        .set("period_start", w.periodStart())
        .set("reached_at", Resource.stamp(Objects.requireNonNull(tally.lastAt(), "lastAt")));
    Row current = entries.find(c, scope, board.id()).orElse(null);
    if (current == null) {
      entries.insert(c, scope, values.set("leaderboard_id", Json.createValue(board.id())), now);
    } else {
      entries.update(c, current, values, now);
    }
  }

  /**
   * The board's entries of the window of {@code now} in rank order (16.4 #4, #5): score high to
   * low, then who reached it first, then user id; the first {@code max_entries} ranked 1..n.
   * Entries of older windows are ignored (16.4 #3).
   */
  static List<Ranked> ranked(Connection c, Row board, Instant now) throws SQLException {
    Window w = Window.of(board.string("period"), now);
    List<Row> current = new ArrayList<>();
    for (Row e : LeaderboardRoutes.ENTRIES.listAcrossOwners(c, board.projectId(), "leaderboard_id", board.id())) {
      if (w.holds(e.instant("period_start"))) {
        current.add(e);
      }
    }
    current.sort(Comparator.<Row>comparingLong(e -> -e.bigint("score"))
        .thenComparing(e -> e.instant("reached_at"))
        .thenComparing(Row::userId));
    int ranks = board.integer("max_entries");
    List<Ranked> out = new ArrayList<>(current.size());
    for (int i = 0; i < current.size(); i++) {
      out.add(new Ranked(current.get(i), i < ranks ? i + 1 : null));
    }
    return out;
  }
}
