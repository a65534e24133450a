package dev.amba;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call overrides, applied through {@code withOptions(...)} on a client or a user handle. The
 * handle it returns is a cheap view; the original is unchanged.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = new RequestOptions(null, null, null);

  private final Duration timeout;
  private final String idempotencyKey;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Duration timeout, String idempotencyKey, RetryPolicy retryPolicy) {
    this.timeout = timeout;
    this.idempotencyKey = idempotencyKey;
    this.retryPolicy = retryPolicy;
  }

  public static RequestOptions none() {
    return NONE;
  }

  /** Overrides the per-attempt request timeout. */
  public static RequestOptions timeout(Duration timeout) {
    return NONE.withTimeout(timeout);
  }

  public RequestOptions withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("RequestOptions: timeout must be positive, got " + timeout);
    }
    return new RequestOptions(timeout, idempotencyKey, retryPolicy);
  }

  /**
   * Sends {@code Idempotency-Key}, which also makes a POST safe to retry. Use a fresh key per
   * logical operation: every call made through the returned handle carries this same key.
   */
  public RequestOptions withIdempotencyKey(String key) {
    if (key == null || key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "RequestOptions: idempotencyKey must be 1..255 visible ASCII characters");
    }
    return new RequestOptions(timeout, key, retryPolicy);
  }

  public RequestOptions withRetryPolicy(RetryPolicy policy) {
    return new RequestOptions(timeout, idempotencyKey, Objects.requireNonNull(policy, "retryPolicy"));
  }

  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** These options, with {@code other}'s set values taking precedence. */
  public RequestOptions merge(RequestOptions other) {
    return new RequestOptions(
        other.timeout != null ? other.timeout : timeout,
        other.idempotencyKey != null ? other.idempotencyKey : idempotencyKey,
        other.retryPolicy != null ? other.retryPolicy : retryPolicy);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", idempotencyKey=" + (idempotencyKey == null ? null : "set")
        + ", retryPolicy=" + retryPolicy + '}';
  }
}
