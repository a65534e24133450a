package dev.amba.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's clock: the one it was given (the system clock, or a test's) moved forward by an
 * offset that {@code POST /_emulator/clock} sets, so a standalone emulator can carry a streak across
 * days without anyone waiting. It only moves forward: every lazy settlement (streaks, recharges,
 * leagues) assumes time never runs back.
 */
public final class EmulatorClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public EmulatorClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private EmulatorClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EmulatorClock(base.withZone(zone), offset);
  }

  /** Moves the clock forward; {@code by} must not be negative. Returns the new time. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the emulator's clock only moves forward");
    }
    offset.accumulateAndGet(by, Duration::plus);
    return instant();
  }

  /**
   * Sets the clock to {@code now}, which must not be before its current time.
   *
   * @throws IllegalArgumentException when {@code now} is in the clock's past
   */
  public Instant set(Instant now) {
    while (true) {
      Duration current = offset.get();
      Instant then = base.instant();
      Duration next = Duration.between(then, now);
      if (next.compareTo(current) < 0) {
        throw new IllegalArgumentException("the emulator's clock only moves forward; it is " + then.plus(current));
      }
      if (offset.compareAndSet(current, next)) {
        return now;
      }
    }
  }
}
