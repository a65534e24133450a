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
   * No overrides: every call uses the client's settings.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Overrides the per-attempt request timeout.
   *
   * @param timeout how long one attempt may take, positive
   * @return options with only this timeout set
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   */
  public static RequestOptions timeout(Duration timeout) {
    return NONE.withTimeout(timeout);
  }

  /**
   * These options with the per-attempt request timeout overridden.
   *
   * @param timeout how long one attempt may take, positive
   * @return a copy with this timeout
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
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
   * @param key the key, 1 to 255 visible ASCII characters
   * @return a copy with this key
   * @throws IllegalArgumentException for a null, blank or over-long key, or one with other characters
   */
  public RequestOptions withIdempotencyKey(String key) {
    if (key == null || key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "RequestOptions: idempotencyKey must be 1..255 visible ASCII characters");
    }
    return new RequestOptions(timeout, key, retryPolicy, requestId);
  }

  /**
   * These options with the client's retry policy overridden.
   *
   * @param policy the policy for the calls made with these options
   * @return a copy with this policy
   * @throws NullPointerException if {@code policy} is null
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
   * @param requestId the id, 1 to 200 visible ASCII characters
   * @return a copy with this request id
   * @throws IllegalArgumentException for a null, empty or over-long id, or one with other characters
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
   * @return the timeout, or empty to use the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The idempotency key.
   *
   * @return the key, or empty when each call makes its own where its route needs one
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * The retry policy override.
   *
   * @return the policy, or empty to use the client's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * The caller's request id.
   *
   * @return the id, or empty when the SDK makes a fresh one per call
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * These options, with {@code other}'s set values taking precedence.
   *
   * @param other the options laid over these, not null
   * @return the combined options
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
