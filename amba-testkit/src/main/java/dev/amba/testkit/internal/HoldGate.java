package dev.amba.testkit.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where held requests wait: closed until {@link #open()}, then open for good. Server threads pass
 * through it; a test waits on it until enough of them are inside.
 */
public final class HoldGate {
  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled when a request arrives and when the gate opens. */
  private final Condition changed = lock.newCondition();
  private boolean open;
  private int held;

  /** Blocks the calling server thread until the gate opens; at once when it is open. */
  public void pass() throws InterruptedException {
    lock.lock();
    try {
      if (open) {
        return;
      }
      held++;
      changed.signalAll();
      try {
        while (!open) {
          changed.await();
        }
      } finally {
        held--;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Lets every waiting request go on, and every later one through at once. Idempotent. */
  public void open() {
    lock.lock();
    try {
      open = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public boolean isOpen() {
    lock.lock();
    try {
      return open;
    } finally {
      lock.unlock();
    }
  }

  /** How many requests wait now; none once the gate is open, even before their threads have woken. */
  public int held() {
    lock.lock();
    try {
      return open ? 0 : held;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns once at least {@code count} requests wait at the same time; an {@link AssertionError}
   * naming {@code what} when the timeout passes first, when the gate is open (nothing waits any
   * more), or when the waiting thread is interrupted.
   */
  public void awaitHeld(int count, Duration timeout, String what) {
    long left = nanos(timeout);
    lock.lock();
    try {
      while (true) {
        if (open) {
          throw new AssertionError(what + " is released, so no request is held any more (awaited "
              + count + ")");
        }
        if (held >= count) {
          return;
        }
        if (left <= 0) {
          throw new AssertionError("timed out after " + timeout.toMillis() + " ms awaiting " + count
              + " held requests of " + what + "; " + held + " held");
        }
        left = changed.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while awaiting " + count + " held requests of " + what, e);
    } finally {
      lock.unlock();
    }
  }

  /** A timeout of centuries is a timeout of forever, not an overflow. */
  public static long nanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  @Override
  public String toString() {
    lock.lock();
    try {
      return open ? "released" : held + " held";
    } finally {
      lock.unlock();
    }
  }
}
