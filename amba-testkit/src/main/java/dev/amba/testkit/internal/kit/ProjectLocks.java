package dev.amba.testkit.internal.kit;

import dev.amba.testkit.internal.Handler;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a module's writes of one project one at a time, for rules that read before they write
 * across rows (an upsert that finds then inserts, a bundle rule that looks at other items): two
 * such writes side by side could both see the old state. A fixed set of stripes bounds the memory
 * however many projects there are; projects that share a stripe only wait for each other. Each
 * module keeps its own, and a write takes it before its transaction begins, so a transaction never
 * waits for a lock while holding a connection.
 */
public final class ProjectLocks {

  private static final int STRIPES = 16;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  public ProjectLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** The handler, run while holding the lock of the caller's project. */
  public Handler serialized(Handler handler) {
    return (request, caller) -> {
      ReentrantLock lock = lockOf(caller.projectId());
      lock.lock();
      try {
        return handler.handle(request, caller);
      } finally {
        lock.unlock();
      }
    };
  }

  /** Whether a write of that project waits for the lock now; for tests that prove the exclusion. */
  boolean hasWaiting(String projectId) {
    return lockOf(projectId).hasQueuedThreads();
  }

  private ReentrantLock lockOf(String projectId) {
    return stripes[Math.floorMod(projectId.hashCode(), STRIPES)];
  }
}
