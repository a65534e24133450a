package dev.amba;

import java.time.Duration;

/** How the SDK waits between retries. Tests pass one that records the delay and returns at once. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait, zero or positive
   * @throws InterruptedException when the waiting thread is interrupted; the call then fails
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Really sleeps; the default.
   *
   * @return a sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}
   */
  static Sleeper system() {
    return dev.amba.internal.util.SystemSleeper.INSTANCE;
  }
}
