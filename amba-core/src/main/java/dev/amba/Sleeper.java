package dev.amba;

import java.time.Duration;

/** How the SDK waits between retries. Tests pass one that records the delay and returns at once. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Really sleeps; the default. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
  }
}
