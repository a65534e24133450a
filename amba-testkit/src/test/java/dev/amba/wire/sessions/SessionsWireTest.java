package dev.amba.wire.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.events.StoredEvent;
import dev.amba.sessions.AppSession;
import dev.amba.sessions.NewSession;
import dev.amba.sessions.SessionAnalytics;
import dev.amba.sessions.SessionPeriod;
import dev.amba.wire.ManualClock;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.ProjectPerTest;
import dev.amba.xp.NewXpRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * App sessions over the wire (29): the lifecycle start → heartbeat → end, repeats that change
 * nothing, scoping by (user, session_id), the M5 events through the pipeline at depth 1, and the
 * admin analytics over their periods, on a manual clock.
 */
class SessionsWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-02-01T10:00:00Z"));
  @RegisterExtension
  static final ProjectPerTest PROJECTS = new ProjectPerTest(CLOCK);

  private AmbaClient amba;
  private ModuleCalls raw;
  private AmbaUser ada;
  private AmbaUser bob;

  @BeforeEach
  void project() {
    amba = PROJECTS.amba();
    raw = PROJECTS.raw();
    ada = PROJECTS.newUser();
    bob = PROJECTS.newUser();
  }

  private static void tick(long seconds) {
    CLOCK.advance(Duration.ofSeconds(seconds));
  }

  private static void assertStatus(ModuleCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
  }

  private static void assertNotFound(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(AmbaNotFoundException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void start_heartbeat_end_measureWholeSecondsOnTheServersClock() {
    Instant start = CLOCK.instant();
    AppSession s = ada.sessions().start(NewSession.of("s-1").platform("ios").appVersion("2.4.0")
        .deviceModel("iPhone15,2").metadata(Map.of("locale", "fr")));
    assertThat(s.appUserId()).isEqualTo(ada.uid());
    assertThat(s.sessionId()).isEqualTo("s-1");
    assertThat(s.startedAt()).isEqualTo(start);
    assertThat(s.isOpen()).isTrue();
    assertThat(s.durationSeconds()).isNull();
    assertThat(s.platform()).isEqualTo("ios");
    assertThat(s.metadata()).containsEntry("locale", "fr");
    CLOCK.advance(Duration.ofMillis(61_900));
    assertThat(ada.sessions().heartbeat("s-1").durationSeconds()).isEqualTo(61);
    tick(60);
    AppSession ended = ada.sessions().end("s-1");
    assertThat(ended.endedAt()).isEqualTo(start.plusMillis(121_900));
    assertThat(ended.durationSeconds()).isEqualTo(121);
    assertThat(ended.isOpen()).isFalse();
  }

  @Test
  void start_again_answers200WithTheRow_andEmitsNothingMore() {
    ModuleCalls.Answer first = raw.asUser(ada.uid(), "POST", "/sessions/start", "{\"session_id\":\"dup\"}");
    assertThat(first.status()).isEqualTo(201);
    tick(5);
    ModuleCalls.Answer again = raw.asUser(ada.uid(), "POST", "/sessions/start",
        "{\"session_id\":\"dup\",\"platform\":\"web\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().getString("id")).isEqualTo(first.data().getString("id"));
    assertThat(again.data().get("platform").toString()).isEqualTo("null");
    assertThat(PROJECTS.events(ada, "session_started")).hasSize(1);
    assertThat(ada.sessions().listAll()).hasSize(1);
  }

  @Test
  void end_ofAnEndedSession_answersItUnchanged_andEmitsOnce() {
    ada.sessions().start(NewSession.of("s"));
    tick(7);
    AppSession ended = ada.sessions().end("s");
    tick(100);
    assertThat(ada.sessions().end("s")).isEqualTo(ended);
    assertThat(ada.sessions().revoke("s")).isEqualTo(ended);
    assertThat(PROJECTS.events(ada, "session_ended")).hasSize(1);
  }

  @Test
  void startsAtOnce_ofOneSessionId_makeOneRow_andOneEvent() throws Exception {
    List<Integer> statuses = dev.amba.wire.Together.run(8, i -> raw.asUser(ada.uid(), "POST", "/sessions/start",
        "{\"session_id\":\"race\"}").status());
    assertThat(statuses).containsOnlyOnce(201).containsOnly(200, 201);
    assertThat(ada.sessions().listAll()).hasSize(1);
    assertThat(PROJECTS.events(ada, "session_started")).hasSize(1);
  }

  @Test
  void heartbeat_ofAnUnknownOrEndedSession_is404UpdateFailed() {
    assertNotFound(() -> ada.sessions().heartbeat("nope"), "update_failed");
    assertNotFound(() -> ada.sessions().end("nope"), "update_failed");
    ada.sessions().start(NewSession.of("s"));
    ada.sessions().end("s");
    assertNotFound(() -> ada.sessions().heartbeat("s"), "update_failed");
  }

  @Test
  void sessions_areScopedToTheUser_byTheirSessionId() {
    ada.sessions().start(NewSession.of("shared-id"));
    assertNotFound(() -> bob.sessions().heartbeat("shared-id"), "update_failed");
    assertNotFound(() -> bob.sessions().end("shared-id"), "update_failed");
    assertNotFound(() -> bob.sessions().revoke("shared-id"), "not_found");
    assertThat(bob.sessions().listAll()).isEmpty();
    assertThat(ada.sessions().listAll().toList().get(0).isOpen()).as("Bob changed nothing").isTrue();
    // The same id is Bob's own session when he starts it.
    assertThat(bob.sessions().start(NewSession.of("shared-id")).appUserId()).isEqualTo(bob.uid());
    assertThat(amba.sessions().listAll()).hasSize(2);
    assertThat(PROJECTS.events(bob, "session_ended")).isEmpty();
  }

  @Test
  void aUuidSessionId_isTheClientsId_notARowId() {
    String uuid = "123e4567-e89b-12d3-a456-426614174000";
    AppSession s = ada.sessions().start(NewSession.of(uuid));
    assertThat(s.id()).isNotEqualTo(uuid);
    assertThat(ada.sessions().revoke(uuid).isOpen()).isFalse();
    assertNotFound(() -> ada.sessions().revoke(s.id()), "not_found");
  }

  @Test
  void revoke_endsAnOpenSession_once() {
    ada.sessions().start(NewSession.of("tab 7"));
    tick(30);
    AppSession revoked = ada.sessions().revoke("tab 7");
    assertThat(revoked.durationSeconds()).isEqualTo(30);
    tick(30);
    assertThat(ada.sessions().revoke("tab 7")).isEqualTo(revoked);
    assertThat(PROJECTS.events(ada, "session_ended")).hasSize(1);
  }

  @Test
  void lists_goNewestFirst_andPage() {
    for (int i = 0; i < 3; i++) {
      ada.sessions().start(NewSession.of("s" + i));
      tick(1);
    }
    bob.sessions().start(NewSession.of("b"));
    OffsetPage<AppSession> page = ada.sessions().list(0, 2);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(AppSession::sessionId).containsExactly("s2", "s1");
    assertThat(amba.sessions().listAll().map(AppSession::sessionId).toList()).containsExactly("b", "s2", "s1", "s0");
    assertThat(amba.sessions().list(1, 1).items().get(0).sessionId()).isEqualTo("s2");
    assertThatThrownBy(() -> ada.sessions().list(0, 101)).isInstanceOf(IllegalArgumentException.class);
    assertStatus(raw.asUser(ada.uid(), "GET", "/sessions?limit=0", null), 400, "invalid_input");
  }

  // ---------------------------------------------------------------- M5 events through the pipeline

  @Test
  void startAndEnd_emitTheirEvents_whichRunThePipelineAtDepthOne() {
    amba.xp().createRule(NewXpRule.of("Opened the app", "session_started", 10));
    ada.sessions().start(NewSession.of("s-1").platform("android"));
    tick(42);
    ada.sessions().end("s-1");
    StoredEvent started = PROJECTS.events(ada, "session_started").get(0);
    assertThat(started.properties()).containsEntry("session_id", "s-1").containsEntry("platform", "android");
    StoredEvent ended = PROJECTS.events(ada, "session_ended").get(0);
    assertThat(ended.properties()).containsEntry("session_id", "s-1")
        .containsEntry("duration_seconds", new BigDecimal(42));
    assertThat(ada.xp().balance().totalXp()).as("stage 2 ran for session_started").isEqualTo(10);
    assertThat(PROJECTS.events(ada, "xp_awarded")).hasSize(1);
    assertThat(PROJECTS.events(bob, "session_started")).isEmpty();
  }

  // ---------------------------------------------------------------- analytics

  @Test
  void analytics_countTheDaysUsers_andTheEndedSessionsOfThePeriod() {
    ada.sessions().start(NewSession.of("old"));
    tick(10);
    ada.sessions().end("old");
    CLOCK.advance(Duration.ofDays(3));
    for (long d : List.of(20L, 40L, 100L, 60L)) {
      String id = "d" + d;
      bob.sessions().start(NewSession.of(id));
      tick(d);
      bob.sessions().end(id);
    }
    bob.sessions().start(NewSession.of("open"));
    SessionAnalytics day = amba.sessions().analytics(SessionPeriod.HOURS_24);
    assertThat(day.period()).isEqualTo(SessionPeriod.HOURS_24);
    assertThat(day.dau()).isEqualTo(1);
    assertThat(day.totalSessions()).isEqualTo(5);
    assertThat(day.avgDurationSeconds()).isEqualTo(55.0);
    assertThat(day.medianDurationSeconds()).as("lower middle of 20, 40, 60, 100").isEqualTo(40);
    SessionAnalytics week = amba.sessions().analytics();
    assertThat(week.period()).isEqualTo(SessionPeriod.DAYS_7);
    assertThat(week.dau()).as("whatever the period").isEqualTo(1);
    assertThat(week.totalSessions()).isEqualTo(6);
    assertThat(week.avgDurationSeconds()).isEqualTo(46.0);
    assertThat(week.medianDurationSeconds()).isEqualTo(40);
    assertThatThrownBy(() -> amba.sessions().analytics(new SessionPeriod("1y")))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_period"));
  }

  @Test
  void badInput_isRefusedBeforeSending_andByTheEmulator() {
    assertThatThrownBy(() -> NewSession.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sessionId");
    assertThatThrownBy(() -> NewSession.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ada.sessions().end(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ada.sessions().start(null)).isInstanceOf(NullPointerException.class);
    assertStatus(raw.asUser(ada.uid(), "POST", "/sessions/start", "{}"), 400, "invalid_input");
    assertStatus(raw.asUser(ada.uid(), "POST", "/sessions/start", "{\"session_id\":\"" + "x".repeat(129) + "\"}"),
        400, "invalid_input");
    assertStatus(raw.asUser(ada.uid(), "POST", "/sessions/start", "{\"session_id\":\"m\",\"metadata\":[1]}"), 400,
        "invalid_input");
    assertStatus(raw.asUser(ada.uid(), "POST", "/sessions/start", "{\"session_id\":\"m\",\"ended_at\":\"x\"}"), 400,
        "invalid_input");
    assertStatus(raw.asUser(ada.uid(), "POST", "/sessions/end", "{}"), 400, "invalid_input");
    assertThat(ada.sessions().listAll()).isEmpty();
  }
}
