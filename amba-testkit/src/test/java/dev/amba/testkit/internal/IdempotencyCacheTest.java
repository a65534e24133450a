package dev.amba.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.testkit.EmulatorProject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounds and the edge cases of the Idempotency-Key store that the wire cannot reach cheaply. */
class IdempotencyCacheTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Caller USER = new Caller(new EmulatorProject("p1", "ck", "sk", "pat"), "u1");

  private final AtomicInteger runs = new AtomicInteger();

  private static RouteTable.Route route(String method, Handler handler) {
    return new RouteTable.Route(method, "/v1/client/things", Access.CLIENT_USER, handler,
        new String[] {"v1", "client", "things"});
  }

  private static ApiRequest request(String method, String key, String body) {
    Map<String, List<String>> headers = key == null ? Map.of() : Map.of("idempotency-key", List.of(key));
    return new ApiRequest(method, "/v1/client/things", null, headers, body, "rid");
  }

  private Handler created(String padding) {
    return (request, caller) -> ApiResponse.created(JsonIo.object()
        .add("n", runs.incrementAndGet()).add("pad", padding).build());
  }

  @Test
  void keysBeyondTheEntryBound_forgetTheOldest() throws Exception {
    IdempotencyCache cache = new IdempotencyCache(CLOCK, 3, 1 << 20, Duration.ofSeconds(5));
    RouteTable.Route route = route("POST", created(""));
    for (int i = 0; i < 5; i++) {
      cache.run(route, request("POST", "k" + i, "{}"), USER);
    }
    assertThat(cache.size()).isEqualTo(3);

    cache.run(route, request("POST", "k4", "{}"), USER);
    assertThat(runs).hasValue(5);
    cache.run(route, request("POST", "k0", "{}"), USER);
    assertThat(runs).hasValue(6);
  }

  @Test
  void keysBeyondTheByteBound_forgetTheOldest() throws Exception {
    long maxBytes = 16 * 1024;
    IdempotencyCache cache = new IdempotencyCache(CLOCK, 10_000, maxBytes, Duration.ofSeconds(5));
    RouteTable.Route route = route("POST", created("x".repeat(600)));
    for (int i = 0; i < 100; i++) {
      cache.run(route, request("POST", "k" + i, "{}"), USER);
    }
    assertThat(cache.size()).isPositive().isLessThanOrEqualTo((int) (maxBytes / 600));
  }

  @Test
  void anAnswerTooLargeToKeep_isNotKept() throws Exception {
    IdempotencyCache cache = new IdempotencyCache(CLOCK, 10_000, 16 * 1024, Duration.ofSeconds(5));
    RouteTable.Route route = route("POST", created("x".repeat(2000)));
    cache.run(route, request("POST", "big", "{}"), USER);
    cache.run(route, request("POST", "big", "{}"), USER);
    assertThat(runs).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void serverErrorsAndBugs_areNotKept_soTheRetryRunsAgain() throws Exception {
    IdempotencyCache cache = new IdempotencyCache(CLOCK);
    RouteTable.Route route = route("POST", (request, caller) -> {
      int n = runs.incrementAndGet();
      if (n == 1) {
        throw new ApiException(503, "statement_timeout", "too slow");
      }
      if (n == 2) {
        throw new IllegalStateException("a bug");
      }
      return ApiResponse.created(JsonIo.object().add("n", n).build());
    });
    assertThatThrownBy(() -> cache.run(route, request("POST", "k", "{}"), USER)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> cache.run(route, request("POST", "k", "{}"), USER))
        .isInstanceOf(IllegalStateException.class);
    ApiResponse third = cache.run(route, request("POST", "k", "{}"), USER);
    ApiResponse replay = cache.run(route, request("POST", "k", "{}"), USER);

    assertThat(third.headers()).doesNotContainKey(IdempotencyCache.REPLAYED);
    assertThat(replay.headers()).containsEntry(IdempotencyCache.REPLAYED, "true");
    assertThat(replay.body()).isEqualTo(third.body());
    assertThat(runs).hasValue(3);
  }

  @Test
  void aKeyWhoseFirstCallOutlastsTheWait_is409InUse_thenReplaysOnceItFinishes() throws Exception {
    IdempotencyCache cache = new IdempotencyCache(CLOCK, 10_000, 1 << 20, Duration.ofMillis(200));
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    RouteTable.Route route = route("POST", (request, caller) -> {
      entered.countDown();
      assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
      return ApiResponse.created(JsonIo.object().add("n", runs.incrementAndGet()).build());
    });
    CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(() -> {
      try {
        return cache.run(route, request("POST", "k", "{}"), USER);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> cache.run(route, request("POST", "k", "{}"), USER))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("idempotency_key_in_use");
        });
    // Another body under a running key is refused at once, not after the wait.
    assertThatThrownBy(() -> cache.run(route, request("POST", "k", "{\"other\":1}"), USER))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));

    release.countDown();
    first.get(60, TimeUnit.SECONDS);
    ApiResponse replay = cache.run(route, request("POST", "k", "{}"), USER);
    assertThat(replay.headers()).containsEntry(IdempotencyCache.REPLAYED, "true");
    assertThat(runs).hasValue(1);
  }

  @Test
  void onlyPostHonoursTheKey() throws Exception {
    IdempotencyCache cache = new IdempotencyCache(CLOCK);
    RouteTable.Route route = route("PATCH", created(""));
    cache.run(route, request("PATCH", "k", "{}"), USER);
    cache.run(route, request("PATCH", "k", "{}"), USER);
    assertThat(runs).hasValue(2);
  }

  @Test
  void theSameKeyUnderAnotherQuery_isAnotherRequest() throws Exception {
    IdempotencyCache cache = new IdempotencyCache(CLOCK);
    RouteTable.Route route = route("POST", created(""));
    cache.run(route, request("POST", "k", "{}"), USER);
    ApiRequest withQuery = new ApiRequest("POST", "/v1/client/things", "dry_run=true",
        Map.of("idempotency-key", List.of("k")), "{}", "rid");
    assertThatThrownBy(() -> cache.run(route, withQuery, USER))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
  }
}
