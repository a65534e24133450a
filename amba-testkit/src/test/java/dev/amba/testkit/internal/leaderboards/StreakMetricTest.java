package dev.amba.testkit.internal.leaderboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.leaderboards.LeaderboardScores.Ranked;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The streak metric (16.4 #2) against a small {@link StreakReadings} fake, until the streaks module
 * is merged: the score is the highest {@code current_count} the user reached in the window.
 */
class StreakMetricTest {
  private static final Instant MONDAY = Instant.parse("2030-01-07T10:00:00Z");

  /** Each user's current count, as the streaks module would read it (0 without a row). */
  private final Map<String, Integer> counts = new HashMap<>();
  private final StreakReadings fake = new StreakReadings() {
    @Override
    public int longestCount(String projectId, String userId, String streakDefinitionId) {
      throw new AssertionError("the streak metric reads current counts only");
    }

    @Override
    public int currentCount(String projectId, String userId, String streakDefinitionId) {
      assertThat(streakDefinitionId).as("any streak, not one definition").isNull();
      return counts.getOrDefault(userId, 0);
    }

    @Override
    public String definitionId(String projectId, String idOrKey) {
      throw new AssertionError("not used by leaderboards");
    }
  };

  private final ManualClock clock = new ManualClock(MONDAY);
  private Database db;
  private Stores stores;
  private LeaderboardScores scores;
  private String projectId;
  private String ann;
  private String bob;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("streak-metric-" + System.nanoTime());
    stores = Stores.over(db, clock);
    db.read(c -> {
      LeaderboardRoutes.BOARDS.ensureTable(c);
      LeaderboardRoutes.ENTRIES.ensureTable(c);
      return null;
    });
    scores = new LeaderboardScores(stores, fake);
    projectId = stores.projects().create(false).projectId();
    ann = stores.users().createAnonymous(projectId).id();
    bob = stores.users().createAnonymous(projectId).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Row board(String period) throws Exception {
    JsonObject body = Json.createReader(new StringReader(
        "{\"name\":\"Streaks\",\"metric\":\"streak\",\"period\":\"" + period + "\"}")).readObject();
    Row row = db.transaction(c -> LeaderboardRoutes.BOARDS.insert(c, Scope.project(projectId),
        LeaderboardRoutes.BOARDS.forCreate(body), clock.instant()));
    return row;
  }

  /** An event of the user stored and run through stage 6 at the clock's now. */
  private void event(String userId) throws Exception {
    stores.events().insert(projectId, List.of(new NewEvent(userId, "lesson_done", JsonObject.EMPTY_JSON_OBJECT,
        null, null)));
    scores.apply(new StoredEvent(dev.amba.testkit.internal.Ids.uuid(), projectId, userId, "lesson_done",
        JsonObject.EMPTY_JSON_OBJECT, clock.instant(), 0),
        derived -> { throw new AssertionError("stage 6 derives nothing"); });
  }

  private List<Ranked> ranked(Row board) throws Exception {
    return db.read(c -> LeaderboardScores.ranked(c, board, clock.instant()));
  }

  @Test
  void theScoreIsTheHighestCountReachedInTheWindow_andABrokenStreakKeepsIt() throws Exception {
    Row board = board("weekly");
    counts.put(ann, 3);
    event(ann);
    counts.put(ann, 5);
    clock.advance(Duration.ofHours(1));
    event(ann);
    counts.put(ann, 0);
    event(ann);

    assertThat(ranked(board)).singleElement().satisfies(r -> {
      assertThat(r.entry().bigint("score")).isEqualTo(5);
      assertThat(r.entry().instant("reached_at")).isEqualTo(MONDAY.plus(Duration.ofHours(1)));
      assertThat(r.rank()).isEqualTo(1);
    });
  }

  @Test
  void equalCounts_rankWhoReachedThemFirst_andUsersWithoutAStreakHaveNoEntry() throws Exception {
    Row board = board("all_time");
    String carol = stores.users().createAnonymous(projectId).id();
    counts.put(bob, 4);
    event(bob);
    clock.advance(Duration.ofSeconds(1));
    counts.put(ann, 4);
    event(ann);
    event(carol);

    assertThat(ranked(board)).extracting(r -> r.entry().userId(), Ranked::rank)
        .containsExactly(tuple(bob, 1), tuple(ann, 2));
  }

  @Test
  void aNewWindow_startsAtNothing_untilTheUsersNextEvent() throws Exception {
    Row board = board("daily");
    counts.put(ann, 7);
    event(ann);
    clock.advance(Duration.ofDays(1));
    assertThat(ranked(board)).isEmpty();

    event(ann);
    assertThat(ranked(board)).singleElement().satisfies(r -> assertThat(r.entry().bigint("score")).isEqualTo(7));
  }

  @Test
  void aRecomputation_readsTheCountsOfTheUsersActiveInTheWindow() throws Exception {
    Row board = board("weekly");
    stores.events().insert(projectId, List.of(new NewEvent(ann, "x", JsonObject.EMPTY_JSON_OBJECT, null, null),
        new NewEvent(bob, "x", JsonObject.EMPTY_JSON_OBJECT, null, null)));
    counts.put(ann, 2);
    counts.put(bob, 9);

    db.transaction(c -> {
      scores.recompute(c, board, clock.instant());
      return null;
    });

    assertThat(ranked(board)).extracting(r -> r.entry().userId(), r -> r.entry().bigint("score"))
        .containsExactly(tuple(bob, 9L), tuple(ann, 2L));
  }
}
