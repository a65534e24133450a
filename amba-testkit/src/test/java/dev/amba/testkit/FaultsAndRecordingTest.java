package dev.amba.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ExtendWith(AmbaEmulatorExtension.class)
class FaultsAndRecordingTest {
  private static AmbaEmulator emulator;
  private static Api api;
  private static EmulatorProject project;

  @BeforeAll
  static void start(AmbaEmulator started) {
    emulator = started;
    api = new Api(emulator);
    project = emulator.defaultProject();
  }


  @BeforeEach
  void clean() {
    emulator.faults().reset();
    emulator.clearRecordedRequests();
  }

  @Test
  void failNextWithStatus_answersTypedErrorsThenRecovers() {
    emulator.faults().failNext(2, 503);

    Api.Response first = api.get("/health").header("X-Request-Id", "r-1").send();
    Api.Response second = api.get("/health").send();
    Api.Response third = api.get("/health").send();

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.error().getString("kind")).isEqualTo("tenant_unavailable");
    assertThat(first.error().getInt("status")).isEqualTo(503);
    assertThat(first.error().getString("request_id")).isEqualTo("r-1");
    assertThat(first.header("X-Request-Id")).isEqualTo("r-1");
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.status()).isEqualTo(200);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void failNextWithStatus_usesTheKindOfThatStatus() {
    emulator.faults().failNext(1, 429).failNext(1, 500).failNext(1, 404);

    assertThat(api.get("/health").send().error().getString("kind")).isEqualTo("rate_limit");
    assertThat(api.get("/health").send().error().getString("kind")).isEqualTo("internal");
    assertThat(api.get("/health").send().error().getString("kind")).isEqualTo("not_found");
  }

  @Test
  void failNextRaw_answersExactlyTheGivenStatusBodyAndHeaders() {
    String documentedForm = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"x\",\"details\":{}}}";
    emulator.faults()
        .failNext(1, 404, documentedForm, Map.of("Content-Type", "application/json"))
        .failNext(1, 502, "<html>Bad gateway</html>", Map.of("Content-Type", "text/html", "Retry-After", "3"));

    Api.Response json = api.get("/health").send();
    Api.Response html = api.get("/health").send();

    assertThat(json.status()).isEqualTo(404);
    assertThat(json.body()).isEqualTo(documentedForm);
    assertThat(json.header("X-Request-Id")).isNull();
    assertThat(html.status()).isEqualTo(502);
    assertThat(html.body()).isEqualTo("<html>Bad gateway</html>");
    assertThat(html.header("Content-Type")).isEqualTo("text/html");
    assertThat(html.header("Retry-After")).isEqualTo("3");
  }

  @Test
  void faults_applyBeforeAuthAndRouting() {
    emulator.faults().failNext(1, 429);

    Api.Response r = api.get("/v1/nowhere").send();

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.code()).isEqualTo("rate_limited");
  }

  @Test
  void delayNext_holdsTheRequestThenHandlesItNormally() {
    Duration delay = Duration.ofMillis(300);
    emulator.faults().delayNext(1, delay);

    long start = System.nanoTime();
    Api.Response delayed = api.get("/health").send();
    long delayedNanos = System.nanoTime() - start;

    assertThat(delayed.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(delayedNanos)).isGreaterThanOrEqualTo(delay);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void rules_areConsumedInOrder() {
    emulator.faults().failNext(1, 500).delayNext(1, Duration.ofMillis(1)).failNext(1, 503);

    assertThat(api.get("/health").send().status()).isEqualTo(500);
    assertThat(api.get("/health").send().status()).isEqualTo(200);
    assertThat(api.get("/health").send().status()).isEqualTo(503);
    assertThat(api.get("/health").send().status()).isEqualTo(200);
  }

  @Test
  void onlyFor_limitsRulesToAPathPrefix() {
    emulator.faults().onlyFor("/v1/client/events").failNext(1, 503);
    String uid = emulator.createUser(project);

    Api.Response health = api.get("/health").send();
    Api.Response me = api.get("/v1/client/users/me").asUser(project, uid).send();
    Api.Response events = api.post("/v1/client/events").asUser(project, uid).json("{\"event\":\"x\"}").send();
    Api.Response eventsAgain = api.post("/v1/client/events").asUser(project, uid).json("{\"event\":\"x\"}").send();

    assertThat(health.status()).isEqualTo(200);
    assertThat(me.status()).isEqualTo(200);
    assertThat(events.status()).isEqualTo(503);
    assertThat(eventsAgain.status()).isEqualTo(200);
  }

  @Test
  void dropNext_closesTheConnectionWithoutAnswer() {
    emulator.faults().dropNext(1);

    assertThatThrownBy(() -> api.post("/health").json("{}").send())
        .isInstanceOf(UncheckedIOException.class);
    assertThat(api.get("/health").send().status()).isEqualTo(200);
  }

  @Test
  void reset_clearsRulesOfEveryView() {
    emulator.faults().failNext(3, 500);
    emulator.faults().onlyFor("/health").failNext(3, 500);

    emulator.faults().onlyFor("/x").reset();

    assertThat(emulator.faults().pending()).isZero();
    assertThat(api.get("/health").send().status()).isEqualTo(200);
  }

  @Test
  void faults_rejectNonsense() {
    Faults faults = emulator.faults();

    assertThatIllegalArgumentException().isThrownBy(() -> faults.failNext(0, 500));
    assertThatIllegalArgumentException().isThrownBy(() -> faults.failNext(1, 200));
    assertThatIllegalArgumentException().isThrownBy(() -> faults.failNext(1, 600, "", Map.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> faults.delayNext(1, Duration.ofMillis(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> faults.onlyFor("v1"));
  }

  @Test
  void recordedRequests_holdMethodPathWithQueryLowerCaseHeadersAndBody() {
    emulator.faults().failNext(1, 500);
    api.get("/health").send();
    api.post("/v1/client/auth/anonymous?x=1&y=a%20b").clientKey(project.clientKey())
        .header("X-Custom-Header", "v").json("{\"a\":1}").send();

    List<RecordedRequest> recorded = emulator.recordedRequests();

    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(0).method()).isEqualTo("GET");
    assertThat(recorded.get(0).path()).isEqualTo("/health");
    RecordedRequest post = recorded.get(1);
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.path()).isEqualTo("/v1/client/auth/anonymous?x=1&y=a%20b");
    assertThat(post.pathWithoutQuery()).isEqualTo("/v1/client/auth/anonymous");
    assertThat(post.headers()).containsEntry("x-api-key", List.of(project.clientKey()));
    assertThat(post.headers()).containsEntry("x-custom-header", List.of("v"));
    assertThat(post.headers().keySet()).allMatch(name -> name.equals(name.toLowerCase(java.util.Locale.ROOT)));
    assertThat(post.header("Content-Type")).isEqualTo("application/json");
    assertThat(post.body()).isEqualTo("{\"a\":1}");
    assertThat(post.toString()).doesNotContain(project.clientKey());

    emulator.clearRecordedRequests();
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void holdNext_keepsTheRequestUntilReleased_thenHandlesItNormally() throws Exception {
    EmulatorProject own = emulator.createProject();
    String uid = emulator.createUser(own);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Hold hold = emulator.faults().onlyFor("/v1/client/events").holdNext(1)) {
      Future<Api.Response> call = pool.submit(() ->
          api.post("/v1/client/events").asUser(own, uid).json("{\"event\":\"held_one\"}").send());

      hold.awaitHeld(1, Duration.ofSeconds(30));
      RecordedRequest held = emulator.awaitRequest(r -> r.path().equals("/v1/client/events"), Duration.ofSeconds(30));

      assertThat(hold.held()).isEqualTo(1);
      assertThat(held.body()).as("recorded while it waits").contains("held_one");
      assertThat(call).isNotDone();
      assertThat(eventCount(own)).as("its handler has not run").isZero();
      assertThat(emulator.faults().pending()).as("its one turn is taken").isZero();

      hold.release();

      assertThat(call.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(eventCount(own)).isEqualTo(1);
      assertThat(hold.held()).isZero();
      assertThat(api.post("/v1/client/events").asUser(own, uid).json("{\"event\":\"after\"}").send().status())
          .as("later requests are not held").isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void holdNext_holdsARefusedRequestsAnswerToo() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Hold hold = emulator.faults().holdNext(1)) {
      Future<Api.Response> call = pool.submit(() -> api.get("/v1/nowhere").send());
      hold.awaitHeld(1, Duration.ofSeconds(30));
      assertThat(call).isNotDone();
      hold.release();
      assertThat(call.get(30, TimeUnit.SECONDS).status()).isEqualTo(404);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hold_isReleasedByClosingIt_andByReset() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Api.Response> first;
      try (Hold hold = emulator.faults().holdNext(1)) {
        first = pool.submit(() -> api.get("/health").send());
        hold.awaitHeld(1, Duration.ofSeconds(30));
      }
      assertThat(first.get(30, TimeUnit.SECONDS).status()).as("closed by try-with-resources").isEqualTo(200);

      Hold forgotten = emulator.faults().onlyFor("/health").holdNext(3);
      Future<Api.Response> second = pool.submit(() -> api.get("/health").send());
      forgotten.awaitHeld(1, Duration.ofSeconds(30));
      emulator.faults().reset();
      assertThat(second.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(emulator.faults().pending()).as("its unused turns went with it").isZero();
      assertThatThrownBy(() -> forgotten.awaitHeld(1, Duration.ofSeconds(30)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("released");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void releasingAHold_dropsItsUnusedTurns_soTheNextRuleApplies() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Hold hold = emulator.faults().holdNext(2);
      emulator.faults().failNext(1, 503);
      Future<Api.Response> held = pool.submit(() -> api.get("/health").send());
      hold.awaitHeld(1, Duration.ofSeconds(30));
      hold.release();
      assertThat(held.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(api.get("/health").send().status()).isEqualTo(503);
      assertThat(emulator.faults().pending()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void awaitHeld_timesOutWithAnAssertionErrorNamingTheHold() {
    try (Hold hold = emulator.faults().onlyFor("/v1/never").holdNext(2)) {
      assertThatThrownBy(() -> hold.awaitHeld(1, Duration.ofMillis(20)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("timed out after 20 ms")
          .hasMessageContaining("/v1/never")
          .hasMessageContaining("0 held");
      assertThatIllegalArgumentException().isThrownBy(() -> hold.awaitHeld(0, Duration.ofSeconds(1)))
          .withMessageContaining("count");
      assertThatIllegalArgumentException().isThrownBy(() -> hold.awaitHeld(3, Duration.ofSeconds(1)))
          .withMessageContaining("count");
      assertThatIllegalArgumentException().isThrownBy(() -> hold.awaitHeld(1, Duration.ofSeconds(-1)))
          .withMessageContaining("timeout");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> emulator.faults().holdNext(0)).withMessageContaining("count");
  }

  @Test
  void closingTheEmulator_releasesHeldRequests_andEndsWaitsForRequests() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AmbaEmulator own = AmbaEmulator.builder().quiet(true).start();
    try {
      Api ownApi = new Api(own);
      Hold hold = own.faults().holdNext(1);
      Future<Api.Response> held = pool.submit(() -> ownApi.get("/health").send());
      hold.awaitHeld(1, Duration.ofSeconds(30));
      Future<RecordedRequest> waiting = pool.submit(() ->
          own.awaitRequest(r -> r.path().equals("/never"), Duration.ofMinutes(5)));

      own.close();

      assertThatThrownBy(() -> held.get(30, TimeUnit.SECONDS)).as("the held request ends, unanswered")
          .hasCauseInstanceOf(UncheckedIOException.class);
      assertThatThrownBy(() -> hold.awaitHeld(1, Duration.ofSeconds(30)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("released");
      assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS))
          .cause().isInstanceOf(AssertionError.class).hasMessageContaining("the emulator closed");
    } finally {
      own.close();
      pool.shutdownNow();
    }
  }

  @Test
  void awaitRequest_returnsAnAlreadyRecordedRequest() {
    api.get("/health?first").send();
    api.get("/health?second").send();

    RecordedRequest found = emulator.awaitRequest(r -> r.path().startsWith("/health"), Duration.ZERO);

    assertThat(found.path()).as("the oldest match").isEqualTo("/health?first");
  }

  @Test
  void awaitRequest_waitsForARequestThatArrivesLater() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      api.get("/health?before").send();
      List<Future<Api.Response>> later = new java.util.ArrayList<>();

      // The awaited request is sent only once the wait has begun, so only waiting can find it.
      RecordedRequest found = emulator.awaitRequest(r -> {
        if (later.isEmpty()) {
          later.add(pool.submit(() -> api.get("/health?later").send()));
        }
        return r.path().equals("/health?later");
      }, Duration.ofSeconds(30));

      assertThat(found.path()).isEqualTo("/health?later");
      assertThat(later.get(0).get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void awaitRequest_timesOutNamingWhatWasAwaitedAndWhatCame_withoutQueries() {
    api.get("/health?token=not-for-messages").send();

    assertThatThrownBy(() -> emulator.awaitRequest(r -> r.path().startsWith("/v1/never"), Duration.ofMillis(20)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no request matching the predicate was recorded within 20 ms")
        .hasMessageContaining("rejected 1 recorded requests: GET /health")
        .hasMessageNotContaining("not-for-messages");

    java.util.function.Predicate<RecordedRequest> named = new java.util.function.Predicate<>() {
      @Override
      public boolean test(RecordedRequest r) {
        return false;
      }

      @Override
      public String toString() {
        return "a POST to /v1/never";
      }
    };
    assertThatThrownBy(() -> emulator.awaitRequest(named, Duration.ZERO))
        .isInstanceOf(AssertionError.class).hasMessageContaining("matching a POST to /v1/never");
    assertThatIllegalArgumentException().isThrownBy(() -> emulator.awaitRequest(r -> true, Duration.ofMillis(-1)))
        .withMessageContaining("timeout");
  }

  private static int eventCount(EmulatorProject p) {
    Api.Response r = api.get("/v1/admin/projects/" + p.projectId() + "/events/count").admin(p).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.data().getInt("total");
  }
}
