package dev.amba.leaderboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.internal.WireForms;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the leaderboard values send, and every bad argument refused before anything is sent. */
class LeaderboardArgumentsTest {

  // Nothing listens here: a call that got past its checks would fail with a transport error instead.
  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1").build());

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newLeaderboard_buildsTheDocumentedBody() {
    NewLeaderboard weekly = NewLeaderboard.custom("Quizzes", "quiz.passed").key("quizzes")
        .period(LeaderboardPeriod.WEEKLY).maxEntries(10);
    assertThat(WireForms.of(weekly)).containsExactly(Map.entry("name", "Quizzes"), Map.entry("metric", "custom"),
        Map.entry("custom_event", "quiz.passed"), Map.entry("key", "quizzes"), Map.entry("period", "weekly"),
        Map.entry("max_entries", 10));
    assertThat(WireForms.of(NewLeaderboard.xp("XP"))).containsExactly(Map.entry("name", "XP"), Map.entry("metric", "xp"));
    assertThat(WireForms.of(NewLeaderboard.streak("S"))).containsEntry("metric", "streak");
    assertThat(WireForms.of(NewLeaderboard.of("C", LeaderboardMetric.of("coins")))).containsEntry("metric", "coins");
  }

  @Test
  void newLeaderboard_refusesBadNamesKeysEventsAndSizes() {
    assertThatThrownBy(() -> NewLeaderboard.xp(" ")).hasMessageContaining("name");
    assertThatThrownBy(() -> NewLeaderboard.xp("n".repeat(129))).hasMessageContaining("name").hasMessageContaining("128");
    assertThatThrownBy(() -> NewLeaderboard.xp("XP").key("Weekly XP")).hasMessageContaining("key");
    assertThatThrownBy(() -> NewLeaderboard.xp("XP").key("k".repeat(65))).hasMessageContaining("key");
    assertThatThrownBy(() -> NewLeaderboard.custom("Q", "quiz..passed")).hasMessageContaining("customEvent");
    assertThatThrownBy(() -> NewLeaderboard.custom("Q", "e".repeat(129))).hasMessageContaining("customEvent");
    assertThatThrownBy(() -> NewLeaderboard.custom("Q", null)).hasMessageContaining("customEvent");
    assertThatThrownBy(() -> NewLeaderboard.xp("XP").maxEntries(0)).hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> NewLeaderboard.xp("XP").maxEntries(10_001)).hasMessageContaining("1..10000");
    assertThatThrownBy(() -> NewLeaderboard.of("C", LeaderboardMetric.CUSTOM)).hasMessageContaining("custom(");
    assertThatThrownBy(() -> NewLeaderboard.of("C", new LeaderboardMetric("Not Snake"))).hasMessageContaining("metric");
    assertThatThrownBy(() -> NewLeaderboard.xp("XP").period(new LeaderboardPeriod(""))).hasMessageContaining("period");
    assertThatThrownBy(() -> LeaderboardMetric.of("XP")).hasMessageContaining("metric");
    assertThatThrownBy(() -> LeaderboardPeriod.of("every day")).hasMessageContaining("period");
  }

  @Test
  void update_sendsOnlyWhatIsSet_andAnEmptyOneIsRefused() {
    LeaderboardUpdate u = LeaderboardUpdate.create().name("N").metric(LeaderboardMetric.CUSTOM)
        .customEvent("session.completed").period(LeaderboardPeriod.MONTHLY).maxEntries(5).active(false);
    assertThat(WireForms.of(u)).containsExactly(Map.entry("name", "N"), Map.entry("metric", "custom"),
        Map.entry("custom_event", "session.completed"), Map.entry("period", "monthly"), Map.entry("max_entries", 5),
        Map.entry("is_active", false));
    assertThat(LeaderboardUpdate.create().isEmpty()).isTrue();
    assertThatThrownBy(() -> amba.leaderboards().update("xp", LeaderboardUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> LeaderboardUpdate.create().customEvent("Bad")).hasMessageContaining("customEvent");
    assertThatThrownBy(() -> LeaderboardUpdate.create().maxEntries(-1)).hasMessageContaining("maxEntries");
  }

  @Test
  void calls_refuseBadPathValuesAndPageWindows_beforeSending() {
    UserLeaderboards user = amba.asUser("u1").leaderboards();
    ProjectLeaderboards admin = amba.leaderboards();
    for (String bad : new String[] {null, "", " ", "..", "."}) {
      assertThatThrownBy(() -> user.me(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> admin.get(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> admin.delete(bad)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> user.entries(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> user.get("Not A Key")).hasMessageContaining("key");
    assertThatThrownBy(() -> user.entries("xp", -1, 10)).hasMessageContaining("offset");
    assertThatThrownBy(() -> user.entries("xp", 0, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> admin.entries("xp", 0, 101)).hasMessageContaining("1..100");
    assertThatThrownBy(() -> admin.create(null)).isInstanceOf(NullPointerException.class);
  }
}
