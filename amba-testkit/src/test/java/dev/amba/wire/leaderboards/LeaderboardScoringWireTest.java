package dev.amba.wire.leaderboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.amba.AmbaNotFoundException;
import dev.amba.OffsetPage;
import dev.amba.events.Event;
import dev.amba.events.IngestEvent;
import dev.amba.leaderboards.LeaderboardDefinition;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.LeaderboardPeriod;
import dev.amba.leaderboards.LeaderboardUpdate;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.leaderboards.UserLeaderboards;
import dev.amba.streaks.NewStreak;
import dev.amba.xp.NewXpRule;
import dev.amba.wire.JsonHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 16.1 and 16.4 over the wire: what clients read, and how scores, windows and ranks follow the
 * users' events. XP is mostly fed as admin-ingested {@code xp_awarded} events (see {@link BoardFixture}).
 */
class LeaderboardScoringWireTest {

  private final BoardFixture f = new BoardFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private List<LeaderboardEntry> entries(String board) {
    return f.amba.leaderboards().entries(board).toList();
  }

  @Test
  void xp_isTheSumOfTheUsersXpAwardedAmounts_andOtherEventsAddNothing() {
    f.amba.leaderboards().create(NewLeaderboard.xp("XP").key("xp"));
    String ann = f.user("Ann");
    f.xp(ann, 10);
    f.xp(ann, 15);
    f.as(ann).events().track("level_up", Map.of("amount", 99));
    f.amba.events().ingest(List.of(IngestEvent.of(ann, Event.of("xp_awarded", Map.of("amount", "7")))));

    LeaderboardEntry mine = f.as(ann).leaderboards().me("xp");
    assertThat(mine.score()).isEqualTo(25.0);
    assertThat(mine.rank()).isEqualTo(1);
    assertThat(mine.displayName()).isEqualTo("Ann");
    assertThat(mine.periodStart()).isNull();
  }

  @Test
  void streak_isTheHighestCurrentCount_readFromTheStreaksModule() {
    f.amba.streaks().create(NewStreak.of("lessons", "Lessons", "lesson.done"));
    f.amba.streaks().create(NewStreak.of("logins", "Logins", "app_opened"));
    f.amba.leaderboards().create(NewLeaderboard.streak("Streaks").key("streaks"));
    String ann = f.user("Ann");
    f.as(ann).events().track("app_opened");
    f.clock.advance(Duration.ofDays(1));
    f.as(ann).events().track("lesson.done");
    f.as(ann).events().track("app_opened");

    assertThat(f.as(ann).leaderboards().me("streaks").score()).isEqualTo(2.0);
  }

  @Test
  void xp_creditedByTheXpModulesRules_scoresToo() {
    f.amba.xp().createRule(NewXpRule.of("Lesson", "lesson.done", 15));
    f.amba.leaderboards().create(NewLeaderboard.xp("XP").key("xp"));
    String ann = f.user("Ann");
    f.as(ann).events().track("lesson.done");
    f.as(ann).events().track("lesson.done");

    assertThat(f.as(ann).leaderboards().me("xp").score()).isEqualTo(30.0);
  }

  @Test
  void custom_countsTheUsersEventsOfItsName() {
    f.amba.leaderboards().create(NewLeaderboard.custom("Quizzes", "quiz.passed").key("quizzes"));
    String ann = f.user("Ann");
    f.as(ann).events().track("quiz.passed");
    f.as(ann).events().track("quiz.passed", Map.of("score", 3));
    f.as(ann).events().track("quiz.failed");

    assertThat(f.as(ann).leaderboards().me("quizzes").score()).isEqualTo(2.0);
  }

  @Test
  void ranks_goByScore_thenByWhoReachedItFirst_thenByUserId_andAreNeverShared() {
    f.amba.leaderboards().create(NewLeaderboard.xp("XP").key("xp"));
    List<String> ids = f.users(2);
    String low = ids.get(0);
    String high = ids.get(1);
    String late = f.user("Late");
    f.xp(high, 10);
    f.xp(low, 10);
    f.clock.advance(Duration.ofSeconds(1));
    f.xp(late, 4);
    f.clock.advance(Duration.ofSeconds(1));
    f.xp(late, 6);
    String top = f.user("Top");
    f.xp(top, 30);

    // 10 at the same instant: the lower id first; the one who reached 10 later after both.
    assertThat(entries("xp")).extracting(LeaderboardEntry::appUserId, LeaderboardEntry::rank)
        .containsExactly(tuple(top, 1), tuple(low, 2), tuple(high, 3), tuple(late, 4));
  }

  @Test
  void onlyTheFirstMaxEntriesAreRanked_theRestSeeTheirScoreThroughMe() {
    f.amba.leaderboards().create(NewLeaderboard.xp("Top two").key("top").maxEntries(2));
    String a = f.user("A");
    String b = f.user("B");
    String c = f.user("C");
    f.xp(a, 30);
    f.xp(b, 20);
    f.xp(c, 10);

    OffsetPage<LeaderboardEntry> page = f.as(c).leaderboards().entries("top", 0, 50);
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(LeaderboardEntry::appUserId).containsExactly(a, b);
    LeaderboardEntry mine = f.as(c).leaderboards().me("top");
    assertThat(mine.score()).isEqualTo(10.0);
    assertThat(mine.rank()).isNull();
    assertThat(mine.isRanked()).isFalse();
    assertThat(f.amba.leaderboards().entries("top", 0, 50).total()).isEqualTo(2);
  }

  @Test
  void me_beforeAnyContribution_isRankNullScoreZero_withTheWindowStart() throws Exception {
    f.amba.leaderboards().create(NewLeaderboard.xp("Daily").key("daily").period(LeaderboardPeriod.DAILY));
    String ann = f.user("Ann");

    LeaderboardEntry mine = f.as(ann).leaderboards().me("daily");

    assertThat(mine.rank()).isNull();
    assertThat(mine.score()).isZero();
    assertThat(mine.appUserId()).isEqualTo(ann);
    assertThat(mine.periodStart()).isEqualTo(Instant.parse("2030-01-07T00:00:00Z"));
    Answer raw = f.http.asUser(ann, "GET", "/leaderboards/daily/me");
    assertThat(raw.body().getJsonObject("data").keySet())
        .containsExactlyInAnyOrder("leaderboard_id", "app_user_id", "rank", "score", "period_start");
  }

  @Test
  void windows_startEveryUserAtNothing_dailyWeeklyAndMonthly_byTheServersClock() {
    for (LeaderboardPeriod p : List.of(LeaderboardPeriod.DAILY, LeaderboardPeriod.WEEKLY, LeaderboardPeriod.MONTHLY,
        LeaderboardPeriod.ALL_TIME)) {
      f.amba.leaderboards().create(NewLeaderboard.xp(p.value()).key(p.value()).period(p));
    }
    String ann = f.user("Ann");
    // Back-dated to last year: the server's time of receipt decides (M3), not occurred_at.
    f.amba.events().ingest(List.of(IngestEvent.of(ann,
        Event.of("xp_awarded", Map.of("amount", 5)).at(Instant.parse("2029-01-01T00:00:00Z")))));
    UserLeaderboards mine = f.as(ann).leaderboards();
    assertThat(mine.me("daily").score()).isEqualTo(5.0);
    assertThat(mine.me("weekly").periodStart()).isEqualTo(Instant.parse("2030-01-07T00:00:00Z"));
    assertThat(mine.me("monthly").periodStart()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));

    f.clock.advance(Duration.ofDays(1)); // Tuesday
    assertThat(scores(mine)).containsExactly(0.0, 5.0, 5.0, 5.0);
    assertThat(mine.me("daily").periodStart()).isEqualTo(Instant.parse("2030-01-08T00:00:00Z"));
    assertThat(entries("daily")).isEmpty();
    f.xp(ann, 1);
    assertThat(scores(mine)).containsExactly(1.0, 6.0, 6.0, 6.0);

    f.clock.advance(Duration.ofDays(6)); // the next Monday
    assertThat(scores(mine)).containsExactly(0.0, 0.0, 6.0, 6.0);
    f.clock.advance(Duration.ofDays(18)); // 2030-02-01
    assertThat(scores(mine)).containsExactly(0.0, 0.0, 0.0, 6.0);
    assertThat(mine.me("monthly").periodStart()).isEqualTo(Instant.parse("2030-02-01T00:00:00Z"));
    assertThat(mine.me("all_time").periodStart()).isNull();
    assertThat(mine.me("all_time").rank()).isEqualTo(1);
  }

  private static List<Double> scores(UserLeaderboards mine) {
    List<Double> out = new ArrayList<>();
    for (String key : List.of("daily", "weekly", "monthly", "all_time")) {
      out.add(mine.me(key).score());
    }
    return out;
  }

  @Test
  void inactiveBoards_keepScoring_butAreHiddenFromClients() {
    LeaderboardDefinition hidden = f.amba.leaderboards().create(NewLeaderboard.xp("Hidden").key("hidden"));
    f.amba.leaderboards().create(NewLeaderboard.xp("Shown").key("shown"));
    String ann = f.user("Ann");
    f.amba.leaderboards().update("hidden", LeaderboardUpdate.create().active(false));
    f.xp(ann, 8);

    UserLeaderboards mine = f.as(ann).leaderboards();
    assertThat(mine.list()).extracting(LeaderboardDefinition::key).containsExactly("shown");
    for (Runnable call : new Runnable[] {() -> mine.me("hidden"), () -> mine.entries("hidden", 0, 10),
        () -> mine.get("hidden"), () -> mine.me(hidden.id())}) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
    assertThat(entries("hidden")).extracting(LeaderboardEntry::score).containsExactly(8.0);
    f.amba.leaderboards().update("hidden", LeaderboardUpdate.create().active(true));
    assertThat(mine.me("hidden").score()).isEqualTo(8.0);
  }

  @Test
  void clients_listActiveBoards_getOneByKeyFromTheList_andReadEntriesByIdOrKey() {
    LeaderboardDefinition xp = f.amba.leaderboards().create(NewLeaderboard.xp("XP").key("xp"));
    String ann = f.user("Ann");
    f.xp(ann, 3);
    UserLeaderboards mine = f.as(ann).leaderboards();

    f.emulator.clearRecordedRequests();
    assertThat(mine.get("xp")).isEqualTo(xp);
    assertThat(f.emulator.recordedRequests()).singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/v1/client/leaderboards"));
    assertThatThrownBy(() -> mine.get("absent"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("not_found");
          assertThat(e.requestId()).isNotBlank();
        });
    assertThat(mine.entries(xp.id(), 0, 10).items()).extracting(LeaderboardEntry::appUserId).containsExactly(ann);
    assertThat(mine.entries("xp").toList()).singleElement().satisfies(e -> {
      assertThat(e.leaderboardId()).isEqualTo(xp.id());
      assertThat(e.displayName()).isEqualTo("Ann");
      assertThat(e.avatarUrl()).isNull();
      assertThat(e.updatedAt()).isEqualTo(BoardFixture.MONDAY);
    });
  }

  @Test
  void entries_pageLazily_byRank_acrossPagesOfAHundred() {
    f.amba.leaderboards().create(NewLeaderboard.xp("XP").key("xp").maxEntries(500));
    List<String> ids = f.users(130);
    List<IngestEvent> credits = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      credits.add(IngestEvent.of(ids.get(i), Event.of("xp_awarded", Map.of("amount", 1000 - i))));
    }
    f.amba.events().ingest(credits);

    f.emulator.clearRecordedRequests();
    List<LeaderboardEntry> first = f.as(ids.get(0)).leaderboards().entries("xp").limit(5).toList();
    assertThat(f.emulator.recordedRequests()).hasSize(1);
    assertThat(first).extracting(LeaderboardEntry::rank).containsExactly(1, 2, 3, 4, 5);

    List<LeaderboardEntry> all = f.as(ids.get(0)).leaderboards().entries("xp").toList();
    assertThat(all).hasSize(130);
    assertThat(all).extracting(LeaderboardEntry::appUserId).containsExactlyElementsOf(ids);
    assertThat(all.get(129).rank()).isEqualTo(130);
    assertThat(f.amba.leaderboards().entries("xp", 100, 100).items()).hasSize(30);
  }
}
