package dev.amba;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call overrides, applied through {@code withOptions(...)} on a client or a user handle. The
 * handle it returns is a cheap view; the original is unchanged.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = new RequestOptions(null, null, null, null);
  private static final int MAX_REQUEST_ID = 200;

  private final Duration timeout;
  private final String idempotencyKey;
  private final RetryPolicy retryPolicy;
  private final String requestId;

  private RequestOptions(Duration timeout, String idempotencyKey, RetryPolicy retryPolicy, String requestId) {
    this.timeout = timeout;
    this.idempotencyKey = idempotencyKey;
    this.retryPolicy = retryPolicy;
    this.requestId = requestId;
  }

  /**
   * No overrides: the client's own settings apply.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Overrides the per-attempt request timeout.
   *
   * @param timeout how long one attempt may take; positive
   * @return options with only that timeout set
   * @throws NullPointerException when {@code timeout} is null
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  public static RequestOptions timeout(Duration timeout) {
    return NONE.withTimeout(timeout);
  }

  /**
   * These options with another per-attempt request timeout.
   *
   * @param timeout how long one attempt may take; positive
   * @return a copy of these options with that timeout
   * @throws NullPointerException when {@code timeout} is null
   * @throws IllegalArgumentException when {@code timeout} is zero or negative
   */
  public RequestOptions withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("RequestOptions: timeout must be positive, got " + timeout);
    }
    return new RequestOptions(timeout, idempotencyKey, retryPolicy, requestId);
  }

  /**
   * Sends {@code Idempotency-Key}, which also makes a POST safe to retry. Use a fresh key per
   * logical operation: every call made through the returned handle carries this same key.
   *
   * @param key 1 to 255 visible ASCII characters
   * @return a copy of these options with that key
   * @throws IllegalArgumentException when {@code key} is null, blank, too long or not visible ASCII
   */
  public RequestOptions withIdempotencyKey(String key) {
    if (key == null || key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "RequestOptions: idempotencyKey must be 1..255 visible ASCII characters");
    }
    return new RequestOptions(timeout, key, retryPolicy, requestId);
  }

  /**
   * These options with another retry policy.
   *
   * @param policy how failed calls are retried, such as {@link RetryPolicy#none()}
   * @return a copy of these options with that policy
   * @throws NullPointerException when {@code policy} is null
   */
  public RequestOptions withRetryPolicy(RetryPolicy policy) {
    return new RequestOptions(timeout, idempotencyKey, Objects.requireNonNull(policy, "retryPolicy"), requestId);
  }

  /**
   * Sends this {@code X-Request-Id} instead of a fresh one, e.g. the id of the request the caller is
   * serving, so both sides' logs can be joined. It is a correlation id, not a unique one: every
   * request made through the returned handle carries it, on every attempt, including each part of a
   * call the SDK splits (a 1,200-event track is three requests with this one id). It appears in every
   * exception's message like a generated one.
   *
   * @param requestId 1 to 200 visible ASCII characters
   * @return a copy of these options with that id
   * @throws IllegalArgumentException when {@code requestId} is null, empty, too long or not visible ASCII
   */
  public RequestOptions withRequestId(String requestId) {
    if (requestId == null || requestId.isEmpty() || requestId.length() > MAX_REQUEST_ID
        || !requestId.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "RequestOptions: requestId must be 1.." + MAX_REQUEST_ID + " visible ASCII characters");
    }
    return new RequestOptions(timeout, idempotencyKey, retryPolicy, requestId);
  }

  /**
   * The per-attempt timeout override.
   *
   * @return the timeout, or empty for the client's own
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The idempotency key to send.
   *
   * @return the key, or empty when none is set
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * The retry policy override.
   *
   * @return the policy, or empty for the client's own
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * The request id to send.
   *
   * @return the id, or empty for a fresh one per call
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * These options, with {@code other}'s set values taking precedence.
   *
   * @param other the options laid over these
   * @return the merged options
   * @throws NullPointerException when {@code other} is null
   */
  public RequestOptions merge(RequestOptions other) {
    return new RequestOptions(
        other.timeout != null ? other.timeout : timeout,
        other.idempotencyKey != null ? other.idempotencyKey : idempotencyKey,
        other.retryPolicy != null ? other.retryPolicy : retryPolicy,
        other.requestId != null ? other.requestId : requestId);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", idempotencyKey=" + (idempotencyKey == null ? null : "set")
        + ", retryPolicy=" + retryPolicy + ", requestId=" + requestId + '}';
  }
}
