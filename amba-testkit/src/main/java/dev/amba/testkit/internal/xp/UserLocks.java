package dev.amba.testkit.internal.xp;

import dev.amba.testkit.internal.store.SqlWork;
import dev.amba.testkit.internal.store.Database;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one user's XP work one at a time. A credit reads the balance and writes it back, and an
 * award reads the rule's cooldown and daily count before it credits: two events of one user in
 * parallel must not both read the old state, or a credit is lost and a cap overrun. A fixed set of
 * stripes bounds the memory however many users there are; users that share a stripe only wait
 * for each other. Never nested: the inner transaction would wait for the outer one's row locks.
 */
final class UserLocks {

  private static final int STRIPES = 64;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  UserLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Runs {@code work} in one transaction while holding the user's lock; commits before releasing it. */
  <T> T transaction(Database db, String projectId, String userId, SqlWork<T> work) throws SQLException {
    ReentrantLock lock = stripes[Math.floorMod((projectId + '\u0000' + userId).hashCode(), STRIPES)];
    lock.lock();
    try {
      return db.transaction(work);
    } finally {
      lock.unlock();
    }
  }
}
