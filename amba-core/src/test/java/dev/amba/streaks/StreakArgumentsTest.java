package dev.amba.streaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.internal.Json;
import dev.amba.internal.WireForms;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streak arguments are checked before anything is sent, and the bodies are the documented ones (12.2). */
class StreakArgumentsTest {

  // Nothing listens here: a call that got past its checks would fail with a transport error instead.
  private AmbaClient amba;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newStreak_buildsTheDocumentedBody_inTheOrderSet() {
    NewStreak s = NewStreak.of("daily_workout", "Daily workout", "workout.completed")
        .description("one a day").period(StreakPeriod.WEEKLY).gracePeriodHours(48).freezeEnabled(true)
        .maxFreezes(3).freezesPerNEvents(7);
    assertThat(WireForms.of(s)).containsExactly(Map.entry("key", "daily_workout"), Map.entry("name", "Daily workout"),
        Map.entry("qualifying_event", "workout.completed"), Map.entry("description", "one a day"),
        Map.entry("period", "weekly"), Map.entry("grace_period_hours", 48), Map.entry("freeze_enabled", true),
        Map.entry("max_freezes", 3), Map.entry("freezes_per_n_events", 7));
    assertThat(s.key()).isEqualTo("daily_workout");
    assertThat(s).isEqualTo(NewStreak.of("daily_workout", "Daily workout", "workout.completed")
        .description("one a day").period(StreakPeriod.WEEKLY).gracePeriodHours(48).freezeEnabled(true)
        .maxFreezes(3).freezesPerNEvents(7));
    assertThat(WireForms.of(NewStreak.of("a", "A", "e"))).containsOnlyKeys("key", "name", "qualifying_event");
  }

  @Test
  void newStreak_refusesKeysAndEventNamesOutsideM1_namingTheArgument() {
    for (String key : new String[] {null, "", "Daily", "1day", "daily-play", "a".repeat(65)}) {
      assertThatThrownBy(() -> NewStreak.of(key, "N", "e")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("key ");
    }
    assertThat(NewStreak.of("a".repeat(64), "N", "e").key()).hasSize(64);
    for (String event : new String[] {null, "", "Session", "a..b", ".a", "a.", "a._b", "a-b", "e".repeat(129)}) {
      assertThatThrownBy(() -> NewStreak.of("k", "N", event)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("qualifyingEvent ");
    }
    assertThat(WireForms.of(NewStreak.of("k", "N", "session.completed"))).containsEntry("qualifying_event",
        "session.completed");
    assertThatThrownBy(() -> NewStreak.of("k", " ", "e")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewStreak.of("k", "n".repeat(129), "e")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewStreak.of("k", "N", "e").description("d".repeat(1025)))
        .hasMessageStartingWith("description ");
  }

  @Test
  void settings_refuseValuesOutsideTheirRanges() {
    NewStreak s = NewStreak.of("k", "N", "e");
    assertThatThrownBy(() -> s.gracePeriodHours(-1)).hasMessageStartingWith("gracePeriodHours ");
    assertThatThrownBy(() -> s.gracePeriodHours(168)).hasMessageStartingWith("gracePeriodHours ");
    assertThatThrownBy(() -> s.maxFreezes(-1)).hasMessageStartingWith("maxFreezes ");
    assertThatThrownBy(() -> s.maxFreezes(101)).hasMessageStartingWith("maxFreezes ");
    assertThatThrownBy(() -> s.freezesPerNEvents(0)).hasMessageStartingWith("freezesPerNEvents ");
    assertThatThrownBy(() -> s.freezesPerNEvents(1001)).hasMessageStartingWith("freezesPerNEvents ");
    assertThatThrownBy(() -> s.period(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StreakPeriod(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(WireForms.of(s.gracePeriodHours(167).maxFreezes(0).freezesPerNEvents(1000)))
        .containsEntry("grace_period_hours", 167).containsEntry("max_freezes", 0)
        .containsEntry("freezes_per_n_events", 1000);
  }

  @Test
  void aDailyStreaksGracePeriod_isAtMost23Hours_checkedWhenSent() {
    // The period may be set after the grace period, so the rule is checked on the finished body.
    assertThatThrownBy(() -> amba.streaks().create(NewStreak.of("k", "N", "e").gracePeriodHours(24)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gracePeriodHours").hasMessageContaining("23");
    assertThatThrownBy(() -> amba.streaks().create(NewStreak.of("k", "N", "e").gracePeriodHours(30)
        .period(StreakPeriod.DAILY))).hasMessageContaining("daily");
    assertThatThrownBy(() -> amba.streaks().update("k", StreakUpdate.create().period(StreakPeriod.DAILY)
        .gracePeriodHours(24))).hasMessageContaining("gracePeriodHours");
    // Weekly, or a grace period alone on an update (the stored period decides): the service judges.
    assertThatThrownBy(() -> amba.streaks().create(NewStreak.of("k", "N", "e").gracePeriodHours(24)
        .period(StreakPeriod.WEEKLY))).isInstanceOf(dev.amba.AmbaTransportException.class);
    assertThatThrownBy(() -> amba.streaks().update("k", StreakUpdate.create().gracePeriodHours(24)))
        .isInstanceOf(dev.amba.AmbaTransportException.class);
  }

  @Test
  void update_sendsOnlyWhatWasSet_explicitNullsClear_andAnEmptyOneIsRefused() {
    assertThat(WireForms.of(StreakUpdate.create())).isEmpty();
    StreakUpdate u = StreakUpdate.create().name("Renamed").clearDescription().clearFreezesPerNEvents()
        .freezeEnabled(false);
    assertThat(WireForms.of(u).keySet()).containsExactly("name", "description", "freezes_per_n_events",
        "freeze_enabled");
    assertThat(WireForms.of(u)).containsEntry("description", null).containsEntry("freezes_per_n_events", null)
        .containsEntry("name", "Renamed").containsEntry("freeze_enabled", false);
    String body = new String(Json.encode(WireForms.of(u)), StandardCharsets.UTF_8);
    assertThat(body).contains("\"description\":null").contains("\"freezes_per_n_events\":null");
    assertThatThrownBy(() -> amba.streaks().update("k", StreakUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("update");
    assertThatThrownBy(() -> amba.streaks().update("k", null)).isInstanceOf(NullPointerException.class);
    assertThat(u.toString()).startsWith("StreakUpdate{");
  }

  @Test
  void pathsAndCounts_areCheckedBeforeSending() {
    AmbaUser user = amba.asUser("u1");
    for (String bad : new String[] {null, "", " ", ".", ".."}) {
      assertThatThrownBy(() -> user.streaks().qualify(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> amba.streaks().delete(bad)).hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> amba.streaks().update(bad, StreakUpdate.create().name("n")))
          .hasMessageContaining("idOrKey");
      assertThatThrownBy(() -> amba.streaks().grantShield("u1", bad, 1)).hasMessageContaining("idOrKey");
    }
    assertThatThrownBy(() -> amba.streaks().grantShield("u1", "k", 0)).hasMessageStartingWith("count ");
    assertThatThrownBy(() -> amba.streaks().grantShield("u 1", "k", 1)).hasMessageStartingWith("userId ");
    assertThatThrownBy(() -> amba.streaks().create(null)).isInstanceOf(NullPointerException.class);
    // Odd but path-safe values go out encoded, and the service answers them.
    assertThatThrownBy(() -> user.streaks().qualify("a/b")).isInstanceOf(dev.amba.AmbaTransportException.class);
  }

  @Test
  void theAdminSide_needsTheServerKey() {
    try (AmbaClient app = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .apiUrl("http://127.0.0.1:1").build())) {
      assertThatThrownBy(app::streaks).isInstanceOf(IllegalStateException.class).hasMessageContaining("streaks()");
    }
  }
}
