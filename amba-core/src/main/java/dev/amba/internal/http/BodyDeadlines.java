package dev.amba.internal.http;

import dev.amba.internal.util.Lazy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Cuts off response bodies still arriving at their call's deadline. {@code HttpRequest.timeout}
 * ends once the headers are in; without this, a server that starts answering and never finishes
 * would hold the caller forever.
 *
 * <p>One sweeper thread per client (started on first use) checks the watched bodies every {@link
 * #TICK_MILLIS} ms, and parks once a whole tick has passed without a body to watch. Parking as soon
 * as the set was empty made one call in 140 at a single caller wake the thread on its way (the set
 * is empty between calls). A timer task per call would put every call through one lock-guarded
 * delay queue, which the benchmark showed costing throughput at 64 callers; a concurrent set costs
 * a hash insert and remove, and a deadline may fire up to one tick late.
 */
public final class BodyDeadlines {

  static final long TICK_MILLIS = 20;

  /** A body being read, with the moment it must be complete. */
  interface Watched {
    long deadlineNanos();

    void timeOut();
  }

  private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
  private final Lazy<Thread> sweeper;
  private volatile boolean idle;
  /** Whether a body was watched since the sweeper last looked; keeps it ticking under load. */
  private volatile boolean busy;
  private volatile boolean closed;

  public BodyDeadlines(String threadName) {
    this.sweeper = new Lazy<>(new StartSweeper(this, threadName));
  }

  /** A class rather than a lambda, as configure() makes it: see ClientRuntime. */
  private static final class StartSweeper implements java.util.function.Supplier<Thread> {
    private final BodyDeadlines owner;
    private final String threadName;

    StartSweeper(BodyDeadlines owner, String threadName) {
      this.owner = owner;
      this.threadName = threadName;
    }

    @Override
    public Thread get() {
      Thread t = new Thread(owner::sweep, threadName);
      t.setDaemon(true);
      t.start();
      return t;
    }
  }

  void watch(Watched body) {
    watched.add(body);
    if (!busy) {
      // Written only when it changes: with many callers the line would otherwise bounce between cores.
      busy = true;
    }
    Thread t = sweeper.get();
    if (idle) {
      LockSupport.unpark(t);
    }
  }

  void unwatch(Watched body) {
    watched.remove(body);
  }

  public void close() {
    closed = true;
    sweeper.ifMade(LockSupport::unpark);
  }

  private void sweep() {
    while (!closed) {
      // Announce the park before looking, so a watch() that lands in between still wakes us.
      idle = true;
      if (!busy && watched.isEmpty()) {
        LockSupport.park(this);
      }
      idle = false;
      busy = false;
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
      long now = System.nanoTime();
      for (Watched body : watched) {
        if (now - body.deadlineNanos() >= 0 && watched.remove(body)) {
          body.timeOut();
        }
      }
    }
  }
}
