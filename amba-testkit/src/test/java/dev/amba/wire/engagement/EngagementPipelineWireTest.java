package dev.amba.wire.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.achievements.AchievementCriteria;
import dev.amba.achievements.AchievementView;
import dev.amba.achievements.NewAchievement;
import dev.amba.events.Event;
import dev.amba.events.EventListQuery;
import dev.amba.events.StoredEvent;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.streaks.NewStreak;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.wire.ManualClock;
import dev.amba.xp.NewXpRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engagement pipeline (M4) end to end, through the SDK: one tracked event qualifies a streak,
 * awards XP, unlocks an achievement (which awards XP in turn) and moves two leaderboards, and its
 * derived events are listed with it; the same event sent again with its event_id changes nothing;
 * and 32 threads tracking at once leave every counter as one sequential run would.
 */
class EngagementPipelineWireTest {
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

  private AmbaEmulator emulator;
  private AmbaClient amba;

  @BeforeEach
  void start() {
    emulator = AmbaEmulator.builder().clock(new ManualClock(NOON)).quiet(true).start();
    amba = AmbaClient.configure(emulator.config());
    amba.streaks().create(NewStreak.of("daily_play", "Daily play", "game.played"));
    amba.xp().createRule(NewXpRule.of("Game played", "game.played", 60).maxPerDay(5));
    amba.achievements().create(NewAchievement.of("first_game", "First game",
        AchievementCriteria.eventCount("game.played", 1)).xpReward(15));
    amba.leaderboards().create(NewLeaderboard.xp("Most XP").key("most_xp"));
    amba.leaderboards().create(NewLeaderboard.custom("Most games", "game.played").key("most_games"));
  }

  @AfterEach
  void stop() {
    amba.close();
    emulator.close();
  }

  private List<String> eventNamesOf(String uid) {
    List<String> names = new ArrayList<>();
    amba.events().listAll(EventListQuery.since(NOON.minusSeconds(3600)).userId(uid))
        .map(StoredEvent::eventName).forEach(names::add);
    return names;
  }

  @Test
  void oneTrackedEvent_movesEveryModule_andItsDerivedEventsAreListed() {
    String uid = emulator.createUser(emulator.defaultProject());
    AmbaUser player = amba.asUser(uid);

    player.events().track(Event.of("game.played", Map.of("level", 3)).withEventId("evt-1"));

    assertThat(player.streaks().list()).singleElement()
        .satisfies(s -> assertThat(s.currentCount()).isEqualTo(1));
    assertThat(player.xp().balance().totalXp()).isEqualTo(60 + 15);
    AchievementView first = player.achievements().get("first_game");
    assertThat(first.unlockedAt()).isEqualTo(NOON);
    assertThat(player.leaderboards().me("most_xp").score()).isEqualTo(75.0);
    assertThat(player.leaderboards().me("most_xp").rank()).isEqualTo(1);
    assertThat(player.leaderboards().me("most_games").score()).isEqualTo(1.0);
    assertThat(eventNamesOf(uid)).containsExactlyInAnyOrder(
        "game.played", "xp_awarded", "achievement_unlocked", "xp_awarded");

    player.events().track(Event.of("game.played", Map.of("level", 3)).withEventId("evt-1"));

    assertThat(player.xp().balance().totalXp()).isEqualTo(75);
    assertThat(player.leaderboards().me("most_games").score()).isEqualTo(1.0);
    assertThat(eventNamesOf(uid)).hasSize(4);
  }

  /** What one user's counters read after {@code track} ran 32 times. */
  private record Counters(int streak, long xp, double games, double xpScore, long events) {}

  private Counters after32(Consumer<AmbaUser> runAll) {
    String uid = emulator.createUser(emulator.defaultProject());
    AmbaUser player = amba.asUser(uid);
    runAll.accept(player);
    return new Counters(player.streaks().list().get(0).currentCount(), player.xp().balance().totalXp(),
        player.leaderboards().me("most_games").score(), player.leaderboards().me("most_xp").score(),
        eventNamesOf(uid).size());
  }

  @Test
  void thirtyTwoThreadsTrackingAtOnce_leaveTheCountersOfOneSequentialRun() throws Exception {
    Counters sequential = after32(player -> {
      for (int i = 0; i < 32; i++) {
        player.events().track("game.played");
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      Counters concurrent = after32(player -> {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          calls.add(pool.submit(() -> player.events().track("game.played")));
        }
        for (Future<?> call : calls) {
          try {
            call.get(2, TimeUnit.MINUTES);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }
      });
      // 32 games, one streak day, XP capped at 5 awards a day plus the achievement's 15 (level 3:
      // two level_up events); events: the games, 6 xp_awarded, achievement_unlocked, 2 level_up.
      assertThat(sequential).isEqualTo(new Counters(1, 5 * 60 + 15, 32.0, 315.0, 32 + 6 + 1 + 2));
      assertThat(concurrent).isEqualTo(sequential);
    } finally {
      pool.shutdownNow();
    }
  }
}
