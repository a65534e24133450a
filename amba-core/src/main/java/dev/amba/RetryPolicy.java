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
   * @param maxAttempts attempts in all, the first included; at least 1
   * @param initialBackoff the cap of the first wait, zero or more
   * @param maxBackoff the cap of any wait, zero or more
   * @param maxRetryAfter the longest server-sent {@code Retry-After} honoured, zero or more
   * @return the policy
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a duration is negative
   * @throws NullPointerException if a duration is null
   */
  public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /**
   * Attempts in all, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The cap of the wait before the second attempt; it doubles for each further one.
   *
   * @return the initial backoff, zero or more
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The cap of any wait between attempts.
   *
   * @return the largest backoff, zero or more
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest server-sent {@code Retry-After} honoured; a longer one ends the retries.
   *
   * @return the cap, zero or more
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * This policy with another number of attempts.
   *
   * @param attempts attempts in all, the first included; at least 1
   * @return a copy with this count
   * @throws IllegalArgumentException if {@code attempts} is below 1
   */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /**
   * This policy with another cap on honoured {@code Retry-After} waits.
   *
   * @param cap the longest wait honoured, zero or more
   * @return a copy with this cap
   * @throws NullPointerException if {@code cap} is null
   * @throws IllegalArgumentException if {@code cap} is negative
   */
  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, cap);
  }

  /**
   * The longest the policy itself can wait across all retries of one call (timeouts excluded).
   *
   * @return {@code (maxAttempts - 1)} times the larger of {@code maxBackoff} and {@code maxRetryAfter}
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
