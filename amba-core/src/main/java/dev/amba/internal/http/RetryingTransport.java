package dev.amba.internal.http;

import dev.amba.AmbaTransportException;
import dev.amba.RetryPolicy;
import dev.amba.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs the attempts of one call, following amba-api.md section 4. A call that may already have
 * been processed is repeated only when repeating it is harmless: an idempotent method, an
 * idempotency key, or a body with its own ids (events).
 */
public final class RetryingTransport implements Transport {

  private final Transport next;
  private final RetryPolicy defaultPolicy;
  private final Sleeper sleeper;
  private final Clock clock;

  public RetryingTransport(Transport next, RetryPolicy defaultPolicy, Sleeper sleeper, Clock clock) {
    this.next = next;
    this.defaultPolicy = defaultPolicy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /**
   * The last answer, successful or not; an error answer is returned, not thrown, so the caller
   * decodes it once.
   *
   * <p>The top of the stack: {@code attempt} is ignored, since this decorator numbers the attempts it
   * makes, from 1, for the layers below.
   *
   * @throws AmbaTransportException when no attempt got an answer
   */
  @Override
  public HttpResult send(ApiRequest request, int ignoredAttempt) {
    return send(request, null);
  }

  /** As {@link #send(ApiRequest, int)}, telling {@code observer} (when not null) of each attempt. */
  public HttpResult send(ApiRequest request, Listeners.Observation observer) {
    RetryPolicy policy = request.options().retryPolicy().orElse(defaultPolicy);
    boolean mayRepeat = request.retrySafe()
        || ApiRequest.idempotentMethod(request.method())
        || request.options().idempotencyKey().isPresent();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      Duration wait;
      long began = observer == null ? 0 : System.nanoTime();
      try {
        HttpResult result = next.send(request, attempt);
        if (last || !retryableStatus(request, result, mayRepeat)) {
          observed(observer, attempt, began, result, null, false);
          return result;
        }
        Duration serverWait = serverWait(result, request);
        if (serverWait != null && serverWait.compareTo(policy.maxRetryAfter()) > 0) {
          // Waiting that long would park the caller's thread for longer than it agreed to.
          observed(observer, attempt, began, result, null, false);
          return result;
        }
        wait = serverWait != null ? serverWait : backoff(policy, attempt);
        observed(observer, attempt, began, result, null, true);
      } catch (InterruptedIOException e) {
        observed(observer, attempt, began, null, e, false);
        throw new AmbaTransportException("interrupted " + request.method() + " " + request.path(),
            request.requestId(), attempt, e);
      } catch (IOException e) {
        if (last || BoundedBody.isRefused(e) || !(mayRepeat || neverReachedServer(e))) {
          observed(observer, attempt, began, null, e, false);
          throw failure(request, attempt, e);
        }
        wait = backoff(policy, attempt);
        observed(observer, attempt, began, null, e, true);
      }
      sleep(wait, request, attempt);
    }
  }

  private static void observed(Listeners.Observation observer, int attempt, long began, HttpResult result,
      IOException failure, boolean retrying) {
    if (observer != null) {
      observer.attempt(attempt, began, result, failure, retrying);
    }
  }

  private boolean retryableStatus(ApiRequest request, HttpResult result, boolean mayRepeat) {
    int s = result.status();
    if (s == 429) {
      // A rate-limited call was refused before any work was done.
      return true;
    }
    if (s == 503) {
      ErrorDecoder.ApiError e = ErrorDecoder.decode(result, request.requestId(), clock);
      String tenant = e.tenantStatus().orElse("");
      if (tenant.equals("failed") || tenant.equals("archived")) {
        return false;
      }
    }
    if (s == 408 || s == 502 || s == 503 || s == 504) {
      return mayRepeat;
    }
    if (s >= 500) {
      return ApiRequest.idempotentMethod(request.method()) && !request.method().equals("HEAD")
          && !request.method().equals("OPTIONS");
    }
    return false;
  }

  private Duration serverWait(HttpResult result, ApiRequest request) {
    if (retryAfterPastLong(result)) {
      // ErrorDecoder reads such a header as absent, so the call would be retried after a short backoff;
      // the server asked for longer than any cap allows.
      return PAST_ANY_CAP;
    }
    if (result.status() != 429 && result.status() != 503) {
      return ErrorDecoder.retryAfterHeader(result, clock);
    }
    return ErrorDecoder.decode(result, request.requestId(), clock).retryAfter();
  }

  private static final Duration PAST_ANY_CAP = Duration.ofSeconds(Long.MAX_VALUE);

  /** A {@code Retry-After} of whole seconds too many for a long, such as 99999999999999999999. */
  private static boolean retryAfterPastLong(HttpResult result) {
    String v = result.headers().firstValue("Retry-After").map(String::strip).orElse("");
    if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    try {
      Long.parseLong(v);
      return false;
    } catch (NumberFormatException tooLong) {
      return true;
    }
  }

  /** Full jitter: a uniform wait in [0, min(max, initial * 2^(attempt-1))]. */
  static Duration backoff(RetryPolicy policy, int attempt) {
    long initial = policy.initialBackoff().toMillis();
    long cap = policy.maxBackoff().toMillis();
    long ceiling = Math.min(cap, initial << Math.min(attempt - 1, 30));
    return ceiling <= 0 ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
  }

  private static boolean neverReachedServer(IOException e) {
    return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
  }

  private void sleep(Duration wait, ApiRequest request, int attempt) {
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmbaTransportException("interrupted while waiting to retry " + request.method() + " " + request.path(),
          request.requestId(), attempt, e);
    }
  }

  private static AmbaTransportException failure(ApiRequest request, int attempt, IOException e) {
    String what = e instanceof java.net.http.HttpTimeoutException ? "timed out" : "failed";
    String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new AmbaTransportException(request.method() + " " + request.path() + " " + what + " (" + reason + ")",
        request.requestId(), attempt, e);
  }
}
