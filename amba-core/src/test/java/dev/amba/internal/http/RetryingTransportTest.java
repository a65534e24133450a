package dev.amba.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaTransportException;
import dev.amba.RequestOptions;
import dev.amba.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry rules of amba-api.md section 4, against a scripted transport and a recording sleeper. */
class RetryingTransportTest {

  private final Deque<Object> script = new ArrayDeque<>();
  private final List<Integer> attempts = new ArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  private final Transport scripted = (request, attempt) -> {
    attempts.add(attempt);
    Object next = script.removeFirst();
    if (next instanceof IOException e) {
      throw e;
    }
    return (HttpResult) next;
  };

  private RetryingTransport transport(RetryPolicy policy) {
    return new RetryingTransport(scripted, policy, sleeps::add, clock);
  }

  private static HttpResult answer(int status, String body, Map<String, List<String>> headers) {
    return new HttpResult(status, HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResult answer(int status) {
    return answer(status, "", Map.of());
  }

  private static ApiRequest request(String method, boolean retrySafe) {
    return new ApiRequest(method, "/v1/x", Map.of(), null, Scope.NONE, retrySafe, "rid-1", RequestOptions.none());
  }

  @Test
  void get_503ThenSuccess_isRetriedWithJitteredBackoff() {
    script.add(answer(503));
    script.add(answer(503));
    script.add(answer(200));
    HttpResult r = transport(RetryPolicy.defaults()).send(request("GET", false), 1);
    assertThat(r.status()).isEqualTo(200);
    assertThat(attempts).containsExactly(1, 2, 3);
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
  }

  @Test
  void status400_isNeverRetried() {
    script.add(answer(400));
    assertThat(transport(RetryPolicy.defaults()).send(request("GET", false), 1).status()).isEqualTo(400);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void givesUpAfterMaxAttemptsAndReturnsTheLastAnswer() {
    script.add(answer(502));
    script.add(answer(502));
    script.add(answer(504));
    assertThat(transport(RetryPolicy.defaults()).send(request("GET", false), 1).status()).isEqualTo(504);
    assertThat(attempts).containsExactly(1, 2, 3);
  }

  @Test
  void post_withoutIdempotency_isNotRetriedOn503() {
    script.add(answer(503));
    assertThat(transport(RetryPolicy.defaults()).send(request("POST", false), 1).status()).isEqualTo(503);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void post_withIdempotencyKey_isRetriedOn503() {
    script.add(answer(503));
    script.add(answer(201));
    ApiRequest r = new ApiRequest("POST", "/v1/x", Map.of(), new byte[0], Scope.NONE, false, "rid",
        RequestOptions.none().withIdempotencyKey("k-1"));
    assertThat(transport(RetryPolicy.defaults()).send(r, 1).status()).isEqualTo(201);
    assertThat(attempts).containsExactly(1, 2);
  }

  @Test
  void post_500_isNotRetriedEvenWhenRetrySafe() {
    script.add(answer(500));
    assertThat(transport(RetryPolicy.defaults()).send(request("POST", true), 1).status()).isEqualTo(500);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void get_500_isRetried() {
    script.add(answer(500));
    script.add(answer(200));
    assertThat(transport(RetryPolicy.defaults()).send(request("GET", false), 1).status()).isEqualTo(200);
  }

  @Test
  void retryAfterSeconds_isHonouredExactly() {
    script.add(answer(429, "", Map.of("Retry-After", List.of("3"))));
    script.add(answer(200));
    transport(RetryPolicy.defaults()).send(request("POST", false), 1);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterHttpDate_isReadAgainstTheInjectedClock() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(clock.instant().plusSeconds(7), ZoneOffset.UTC));
    script.add(answer(503, "", Map.of("Retry-After", List.of(date))));
    script.add(answer(200));
    transport(RetryPolicy.defaults()).send(request("GET", false), 1);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterFromTheBody_isHonoured() {
    script.add(answer(429, "{\"error\":{\"kind\":\"rate_limit\",\"code\":\"rate_limited\",\"status\":429,"
        + "\"message\":\"slow down\",\"details\":{\"retry_after_seconds\":2}}}", Map.of()));
    script.add(answer(200));
    transport(RetryPolicy.defaults()).send(request("GET", false), 1);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterPastTheCap_givesUpWithoutSleeping() {
    script.add(answer(429, "", Map.of("Retry-After", List.of("120"))));
    HttpResult r = transport(RetryPolicy.defaults()).send(request("GET", false), 1);
    assertThat(r.status()).isEqualTo(429);
    assertThat(sleeps).isEmpty();
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void retryAfterTooLargeToParse_endsTheRetriesAsPastTheCap() {
    // Past long: before, the header read as absent and the call was retried after a short backoff.
    for (int status : new int[] {429, 503}) {
      script.add(answer(status, "", Map.of("Retry-After", List.of("99999999999999999999"))));
      script.add(answer(200));
      HttpResult r = transport(RetryPolicy.defaults()).send(request("GET", false), 1);
      assertThat(r.status()).isEqualTo(status);
      script.clear();
    }
    assertThat(sleeps).isEmpty();
    assertThat(attempts).containsExactly(1, 1);
  }

  @Test
  void retryAfterSecondsTooLargeInTheBody_endsTheRetriesAsPastTheCap() {
    for (String seconds : new String[] {"99999999999999999999", "1e30", "1e400"}) {
      script.add(answer(429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow\","
          + "\"details\":{\"retry_after_seconds\":" + seconds + "}}}", Map.of()));
      script.add(answer(200));
      assertThat(transport(RetryPolicy.defaults()).send(request("GET", false), 1).status()).isEqualTo(429);
      script.clear();
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void tenantFailedOrArchived_isNeverRetried() {
    script.add(answer(503, "{\"error\":{\"kind\":\"tenant_unavailable\",\"code\":\"tenant_unavailable\","
        + "\"status\":503,\"message\":\"gone\",\"details\":{\"tenant_status\":\"archived\"}}}", Map.of()));
    assertThat(transport(RetryPolicy.defaults()).send(request("GET", false), 1).status()).isEqualTo(503);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void timeout_onGet_isRetriedThenReportedAsTransportFailure() {
    script.add(new HttpTimeoutException("request timed out"));
    script.add(new HttpTimeoutException("request timed out"));
    script.add(new HttpTimeoutException("request timed out"));
    assertThatThrownBy(() -> transport(RetryPolicy.defaults()).send(request("GET", false), 1))
        .isInstanceOfSatisfying(AmbaTransportException.class, e -> {
          assertThat(e.isTimeout()).isTrue();
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.requestId()).isEqualTo("rid-1");
          assertThat(e.getMessage()).contains("timed out").contains("rid-1");
        });
  }

  @Test
  void timeout_onUnsafePost_isNotRetried() {
    script.add(new HttpTimeoutException("request timed out"));
    assertThatThrownBy(() -> transport(RetryPolicy.defaults()).send(request("POST", false), 1))
        .isInstanceOf(AmbaTransportException.class);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void connectionRefused_onUnsafePost_isRetriedBecauseItNeverArrived() {
    script.add(new ConnectException("Connection refused"));
    script.add(answer(201));
    assertThat(transport(RetryPolicy.defaults()).send(request("POST", false), 1).status()).isEqualTo(201);
  }

  @Test
  void policyNone_makesOneAttempt() {
    script.add(answer(503));
    assertThat(transport(RetryPolicy.none()).send(request("GET", false), 1).status()).isEqualTo(503);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void interruptedSleep_stopsAndKeepsTheInterruptFlag() {
    script.add(answer(503));
    RetryingTransport t = new RetryingTransport(scripted, RetryPolicy.defaults(), d -> {
      throw new InterruptedException();
    }, clock);
    assertThatThrownBy(() -> t.send(request("GET", false), 1)).isInstanceOf(AmbaTransportException.class)
        .hasMessageContaining("interrupted");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void backoff_staysWithinTheDoublingCeiling() {
    RetryPolicy p = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(1));
    for (int i = 0; i < 200; i++) {
      assertThat(RetryingTransport.backoff(p, 1)).isLessThanOrEqualTo(Duration.ofMillis(100));
      assertThat(RetryingTransport.backoff(p, 3)).isLessThanOrEqualTo(Duration.ofMillis(400));
      assertThat(RetryingTransport.backoff(p, 9)).isLessThanOrEqualTo(Duration.ofMillis(1000));
    }
  }
  @Test
  void anObserver_isToldEachAttempt_withTheReasonForTheNext_beforeTheWait() {
    List<dev.amba.AmbaListener.Attempt> told = new ArrayList<>();
    Listeners listeners = Listeners.of(List.of(new dev.amba.AmbaListener() {
      @Override
      public void onAttempt(Attempt attempt) {
        // Told before the wait: nothing slept yet for this attempt's retry.
        assertThat(sleeps).hasSize(attempt.number() - 1);
        told.add(attempt);
      }
    }), java.net.URI.create("https://api.amba.dev"));
    script.add(new ConnectException("Connection refused"));
    script.add(answer(429, "", Map.of("Retry-After", List.of("1"))));
    script.add(new HttpTimeoutException("timed out"));
    assertThatThrownBy(() -> transport(RetryPolicy.defaults())
        .send(request("POST", false), listeners.start("x.create", "POST", "/v1/x", "rid-1")))
        .isInstanceOf(AmbaTransportException.class);
    assertThat(told).extracting(a -> a.number() + " " + a.status() + " " + a.retryReason().orElse("-") + " "
            + a.errorType().orElse("-"))
        .containsExactly("1 0 ConnectException ConnectException", "2 429 status 429 -", "3 0 - HttpTimeoutException");
    assertThat(told).allSatisfy(a -> assertThat(a.requestId()).isEqualTo("rid-1"));
  }

  @Test
  void noListeners_meansNoObservation() {
    assertThat(Listeners.of(List.of(), java.net.URI.create("https://api.amba.dev"))).isNull();
  }
}
