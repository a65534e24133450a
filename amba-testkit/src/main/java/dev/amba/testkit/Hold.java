package dev.amba.testkit;

import dev.amba.testkit.internal.HoldGate;
import java.time.Duration;
import java.util.Objects;

/**
 * Requests kept waiting by {@link Faults#holdNext(int)} until the test lets them go: a server that
 * is slow for exactly as long as the test needs, instead of a delay that must outlast it.
 *
 * <pre>{@code
 * try (Hold hold = emulator.faults().onlyFor("/v1/client/events").holdNext(1)) {
 *   Future<?> call = pool.submit(() -> amba.asUser(uid).events().track("opened", Map.of()));
 *   hold.awaitHeld(1, Duration.ofSeconds(30));
 *   // ... the request has arrived and is recorded; nothing of it is stored yet
 *   hold.release();
 *   call.get();
 * }
 * }</pre>
 *
 * <p>Closing releases, so try-with-resources never leaves a server thread waiting when a test
 * fails; so do {@link Faults#reset()} (which the JUnit extension calls before each test) and closing
 * the emulator. Thread-safe.
 */
public final class Hold implements AutoCloseable {
  private final HoldGate gate;
  private final int count;
  private final String description;
  private final Runnable endRule;

  Hold(HoldGate gate, int count, String description, Runnable endRule) {
    this.gate = gate;
    this.count = count;
    this.description = description;
    this.endRule = endRule;
  }

  /**
   * Blocks until at least {@code count} requests are held at once, and returns; throws an {@link
   * AssertionError} saying how many were held when {@code timeout} passes first, and at once when
   * the hold is released (then nothing is held).
   *
   * @param count from 1 to the number of requests this hold takes
   * @param timeout how long to wait; zero checks the requests held now
   * @throws IllegalArgumentException if {@code count} is out of range or {@code timeout} is negative
   */
  public void awaitHeld(int count, Duration timeout) {
    if (count < 1 || count > this.count) {
      throw new IllegalArgumentException("count must be from 1 to " + this.count
          + " (the requests this hold takes): " + count);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    gate.awaitHeld(count, timeout, description);
  }

  /**
   * How many requests are held now: none once released.
   *
   * @return the number of requests waiting on this hold
   */
  public int held() {
    return gate.held();
  }

  /**
   * Lets every held request go on to be handled normally, and ends the rule: its turns not used yet
   * are dropped, so later requests are handled normally too (or by the rules after it). Idempotent.
   */
  public void release() {
    endRule.run();
    gate.open();
  }

  /** Releases: see {@link #release()}. */
  @Override
  public void close() {
    release();
  }

  @Override
  public String toString() {
    return "Hold[" + description + ", " + gate + "]";
  }
}
