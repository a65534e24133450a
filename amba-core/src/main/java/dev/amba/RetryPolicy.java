package dev.amba;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed calls are retried: up to {@link #maxAttempts()} attempts in all, waiting a random time
 * between zero and {@code min(maxBackoff, initialBackoff * 2^(attempt-1))} (full jitter) between
 * them. A server-sent {@code Retry-After} replaces that wait when it is at most {@link
 * #maxRetryAfter()}; a longer one ends the retries at once and the caller gets the error with its
 * retry-after, rather than a thread parked for minutes.
 *
 * <p>Which calls are retried is fixed by the protocol, not by this policy: I/O failures, timeouts,
 * 408, 429, 502, 503 and 504, and other 5xx for GET/PUT/DELETE; a POST or PATCH only when it carries
 * an idempotency id or provably never reached the server.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("RetryPolicy: maxAttempts must be at least 1, got " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
    this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
    this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
  }

  /**
   * 3 attempts, 500 ms initial backoff doubling up to 8 s, server waits honoured up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * One attempt, no retries.
   *
   * @return the policy that never retries
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A policy with these limits.
   *
   * @param maxAttempts attempts in all, at least 1 (1 means no retry)
   * @param initialBackoff the cap on the first wait, doubled for each later one; not negative
   * @param maxBackoff the cap on any one computed wait; not negative
   * @param maxRetryAfter the longest server-sent {@code Retry-After} still waited for; not negative
   * @return the policy
   * @throws IllegalArgumentException when {@code maxAttempts} is below 1 or a duration is negative
   * @throws NullPointerException when a duration is null
   */
  public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /**
   * Attempts in all, the first included.
   *
   * @return 1 or more
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The cap on the first wait; each later one doubles it, up to {@link #maxBackoff()}.
   *
   * @return the initial backoff, not negative
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The cap on any one computed wait.
   *
   * @return the maximum backoff, not negative
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest server-sent {@code Retry-After} the policy waits for; a longer one ends the retries.
   *
   * @return the cap, not negative
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * This policy with another number of attempts.
   *
   * @param attempts attempts in all, at least 1
   * @return a copy of this policy with that number
   * @throws IllegalArgumentException when {@code attempts} is below 1
   */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /**
   * This policy with another cap on server-sent waits.
   *
   * @param cap the longest {@code Retry-After} still waited for; not negative
   * @return a copy of this policy with that cap
   * @throws IllegalArgumentException when {@code cap} is negative
   * @throws NullPointerException when {@code cap} is null
   */
  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, cap);
  }

  /**
   * The longest the policy itself can wait across all retries of one call (timeouts excluded).
   *
   * @return the larger of the two caps times the number of retries
   */
  public Duration maxTotalWait() {
    Duration perRetry = maxBackoff.compareTo(maxRetryAfter) >= 0 ? maxBackoff : maxRetryAfter;
    return perRetry.multipliedBy(maxAttempts - 1L);
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException("RetryPolicy: " + name + " must not be negative, got " + d);
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p
        && p.maxAttempts == maxAttempts
        && p.initialBackoff.equals(initialBackoff)
        && p.maxBackoff.equals(maxBackoff)
        && p.maxRetryAfter.equals(maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + '}';
  }
}
