package dev.amba.wire.leaderboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.events.Event;
import dev.amba.events.IngestEvent;
import dev.amba.leaderboards.LeaderboardDefinition;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.LeaderboardMetric;
import dev.amba.leaderboards.LeaderboardPeriod;
import dev.amba.leaderboards.LeaderboardUpdate;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.leaderboards.ProjectLeaderboards;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.internal.store.Database;
import dev.amba.wire.JsonHttp.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 16.2 over the wire: the admin routes, their answers and error codes, and the recomputation after a change. */
class LeaderboardAdminWireTest {

  private final BoardFixture f = new BoardFixture();
  private final ProjectLeaderboards boards = f.amba.leaderboards();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void create_fillsTheDefaults_andGetFindsItByIdOrKey_andListHasIt() {
    LeaderboardDefinition created = boards.create(NewLeaderboard.xp("All XP").key("all_xp"));

    assertThat(created.key()).isEqualTo("all_xp");
    assertThat(created.metric()).isEqualTo(LeaderboardMetric.XP);
    assertThat(created.period()).isEqualTo(LeaderboardPeriod.ALL_TIME);
    assertThat(created.maxEntries()).isEqualTo(100);
    assertThat(created.customEvent()).isNull();
    assertThat(created.isActive()).isTrue();
    assertThat(created.createdAt()).isEqualTo(BoardFixture.MONDAY);
    assertThat(boards.get("all_xp")).isEqualTo(created);
    assertThat(boards.get(created.id())).isEqualTo(created);
    assertThat(boards.list()).containsExactly(created);
  }

  @Test
  void create_withoutAKey_hasANullKey_andTwoSuchBoardsCoexist() {
    LeaderboardDefinition a = boards.create(NewLeaderboard.custom("Quizzes", "quiz.passed")
        .period(LeaderboardPeriod.WEEKLY).maxEntries(3));
    LeaderboardDefinition b = boards.create(NewLeaderboard.streak("Streaks"));

    assertThat(a.key()).isNull();
    assertThat(a.customEvent()).isEqualTo("quiz.passed");
    assertThat(a.maxEntries()).isEqualTo(3);
    assertThat(boards.list()).extracting(LeaderboardDefinition::id).containsExactly(a.id(), b.id());
  }

  @Test
  void theStreakLengthSpelling_isAccepted_andStoredAsStreak() {
    LeaderboardDefinition created = boards.create(NewLeaderboard.of("Longest", LeaderboardMetric.of("streak_length")));
    assertThat(created.metric()).isEqualTo(LeaderboardMetric.STREAK);
    assertThat(boards.update(created.id(), LeaderboardUpdate.create().metric(LeaderboardMetric.of("streak_length")))
        .metric()).isEqualTo(LeaderboardMetric.STREAK);
  }

  @Test
  void anUnknownMetric_is400InvalidMetric() {
    assertThatThrownBy(() -> boards.create(NewLeaderboard.of("Coins", LeaderboardMetric.of("coins"))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_metric"));
    LeaderboardDefinition xp = boards.create(NewLeaderboard.xp("XP"));
    assertThatThrownBy(() -> boards.update(xp.id(), LeaderboardUpdate.create().metric(LeaderboardMetric.of("coins"))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_metric"));
  }

  @Test
  void customWithoutItsEvent_is400InvalidInput_onCreateAndOnChange() throws Exception {
    // The SDK refuses this create before sending, so the emulator's rule is reached without it.
    Answer raw = f.http.admin("POST", "/leaderboards", "{\"name\":\"Quizzes\",\"metric\":\"custom\"}");
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.body().getJsonObject("error").getString("code")).isEqualTo("invalid_input");
    assertThat(raw.body().getJsonObject("error").getJsonObject("details").getJsonArray("fields")
        .getJsonObject(0).getString("path")).isEqualTo("custom_event");

    LeaderboardDefinition xp = boards.create(NewLeaderboard.xp("XP"));
    assertThatThrownBy(() -> boards.update(xp.id(), LeaderboardUpdate.create().metric(LeaderboardMetric.CUSTOM)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
    assertThat(boards.update(xp.id(), LeaderboardUpdate.create().metric(LeaderboardMetric.CUSTOM)
        .customEvent("quiz_passed")).customEvent()).isEqualTo("quiz_passed");
  }

  @Test
  void aTakenKey_is409LeaderboardExists() {
    boards.create(NewLeaderboard.xp("XP").key("xp"));
    assertThatThrownBy(() -> boards.create(NewLeaderboard.streak("Other").key("xp")))
        .isInstanceOfSatisfying(AmbaConflictException.class,
            e -> assertThat(e.code()).isEqualTo("leaderboard_exists"));
  }

  @Test
  void update_changesTheGivenFields_andTheKeyIsImmutable() throws Exception {
    LeaderboardDefinition xp = boards.create(NewLeaderboard.xp("XP").key("xp"));
    f.clock.advance(Duration.ofMinutes(5));

    LeaderboardDefinition changed = boards.update("xp", LeaderboardUpdate.create().name("Weekly XP")
        .period(LeaderboardPeriod.WEEKLY).maxEntries(10).active(false));

    assertThat(changed.name()).isEqualTo("Weekly XP");
    assertThat(changed.period()).isEqualTo(LeaderboardPeriod.WEEKLY);
    assertThat(changed.maxEntries()).isEqualTo(10);
    assertThat(changed.isActive()).isFalse();
    assertThat(changed.createdAt()).isEqualTo(xp.createdAt());
    assertThat(changed.updatedAt()).isEqualTo(BoardFixture.MONDAY.plus(Duration.ofMinutes(5)));
    Answer raw = f.http.admin("PATCH", "/leaderboards/xp", "{\"key\":\"other\"}");
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.body().getJsonObject("error").getString("code")).isEqualTo("immutable_field");
  }

  @Test
  void anUnknownBoard_is404NotFound_onEveryAdminRoute() {
    String missing = "00000000-0000-0000-0000-000000000000";
    for (Runnable call : new Runnable[] {
        () -> boards.get("nope"), () -> boards.get(missing),
        () -> boards.update("nope", LeaderboardUpdate.create().name("N")),
        () -> boards.delete("nope"), () -> boards.entries("nope", 0, 10)}) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
  }

  @Test
  void delete_answersTheMarker_andTakesTheEntriesWithIt() throws Exception {
    String ann = f.user("Ann");
    LeaderboardDefinition xp = boards.create(NewLeaderboard.xp("XP").key("xp"));
    f.xp(ann, 10);
    assertThat(boards.entries("xp", 0, 10).items()).hasSize(1);

    Answer raw = f.http.admin("DELETE", "/leaderboards/xp", null);

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.body().getJsonObject("data").getString("id")).isEqualTo(xp.id());
    assertThat(raw.body().getJsonObject("data").getBoolean("deleted")).isTrue();
    assertThatThrownBy(() -> boards.get(xp.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> boards.entries(xp.id(), 0, 10)).isInstanceOf(AmbaNotFoundException.class);
    // Through the SDK as well: a second board, deleted the same way.
    LeaderboardDefinition again = boards.create(NewLeaderboard.xp("XP again").key("xp"));
    boards.delete(again.id());
    assertThat(boards.list()).isEmpty();
  }

  @Test
  void delete_leavesNoEntryRowBehind(@TempDir Path dir) throws Exception {
    try (AmbaEmulator stored = AmbaEmulator.builder().quiet(true).dataDirectory(dir).start();
        AmbaClient admin = AmbaClient.configure(stored.config())) {
      String ann = stored.createUser(stored.defaultProject());
      String bob = stored.createUser(stored.defaultProject());
      LeaderboardDefinition kept = admin.leaderboards().create(NewLeaderboard.xp("Kept"));
      LeaderboardDefinition gone = admin.leaderboards().create(NewLeaderboard.xp("Gone"));
      for (String uid : List.of(ann, bob)) {
        admin.events().ingest(List.of(IngestEvent.of(uid, Event.of("xp_awarded", Map.of("amount", 1)))));
      }
      admin.leaderboards().delete(gone.id());
      assertThat(admin.leaderboards().entries(kept.id()).count()).isEqualTo(2);
    }
    try (Database db = Database.inDirectory(dir)) {
      long rows = db.read(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM leaderboard_entries")) {
          rs.next();
          return rs.getLong(1);
        }
      });
      assertThat(rows).isEqualTo(2);
    }
  }

  @Test
  void update_recomputesTheScoresFromHistory_forTheNewMetricAndPeriod() {
    String ann = f.user("Ann");
    String bob = f.user("Bob");
    f.xp(ann, 5);
    f.as(bob).events().track("quiz_passed");
    f.as(bob).events().track("quiz_passed");
    f.as(ann).events().track("quiz_passed");
    LeaderboardDefinition board = boards.create(NewLeaderboard.xp("Board").key("board"));
    // Created after the XP: its scores come from history, not only from events after it.
    assertThat(boards.entries("board").map(LeaderboardEntry::appUserId)).containsExactly(ann);

    boards.update(board.id(), LeaderboardUpdate.create().metric(LeaderboardMetric.CUSTOM).customEvent("quiz_passed"));

    assertThat(boards.entries("board")).extracting(LeaderboardEntry::appUserId, LeaderboardEntry::score)
        .containsExactly(tuple(bob, 2.0), tuple(ann, 1.0));

    // A daily window from tomorrow on holds none of today's events.
    f.clock.advance(Duration.ofDays(1));
    boards.update(board.id(), LeaderboardUpdate.create().period(LeaderboardPeriod.DAILY));
    assertThat(boards.entries("board")).isEmpty();
    f.as(ann).events().track("quiz_passed");
    assertThat(boards.entries("board").map(LeaderboardEntry::appUserId)).containsExactly(ann);
  }
}
