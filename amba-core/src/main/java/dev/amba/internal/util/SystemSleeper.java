package dev.amba.internal.util;

import dev.amba.Sleeper;
import java.time.Duration;

/**
 * {@link Sleeper#system()}: a class rather than a lambda, because every builder makes one and a
 * lambda's first use links a call site, a measurable part of a fresh JVM's configure().
 */
public final class SystemSleeper implements Sleeper {

  public static final Sleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
