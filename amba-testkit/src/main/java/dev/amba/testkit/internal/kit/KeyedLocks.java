package dev.amba.testkit.internal.kit;

import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.SqlWork;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the work on one key (a user's balance in one currency, say) one transaction at a time: a
 * change that reads a row and writes it back must not run beside another on the same row, or one
 * write is lost or a limit overrun. A fixed set of stripes bounds the memory however many keys
 * there are; keys sharing a stripe only wait for each other.
 *
 * <p>A thread holds at most one key: nesting a second would open a second transaction that waits
 * for the first one's row locks, and two threads nesting in opposite orders would deadlock. Work
 * that must touch a key's rows asks {@link #isHeld} first, so a contract can refuse a caller that
 * forgot the lock.
 */
public final class KeyedLocks {

  private static final int STRIPES = 64;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private final ThreadLocal<String> held = new ThreadLocal<>();

  public KeyedLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /**
   * Runs {@code work} in one transaction while holding the lock of the key made of {@code parts};
   * commits (or rolls back) before releasing it.
   *
   * @throws IllegalStateException when this thread already holds a key
   */
  public <T> T transaction(Database db, SqlWork<T> work, String... parts) throws SQLException {
    return exclusively(() -> db.transaction(work), parts);
  }

  /** Work run under a key without a connection of its own; see {@link #exclusively}. */
  @FunctionalInterface
  public interface Exclusive<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} while holding the lock of the key made of {@code parts}, without opening a
   * transaction: for a module that serialises one user's steps and then opens each step's
   * transaction through another contract's lock (an inventory purchase inside the wallet's (user,
   * currency) lock). No connection is held while waiting here, and locks of this instance are taken
   * before any other, so the two never wait for each other in opposite orders.
   *
   * @throws IllegalStateException when this thread already holds a key of this instance
   */
  public <T> T exclusively(Exclusive<T> work, String... parts) throws SQLException {
    String key = key(parts);
    String mine = held.get();
    if (mine != null) {
      throw new IllegalStateException("this thread already holds the lock of " + printable(mine)
          + "; one key at a time, so " + printable(key) + " must wait until that work is done");
    }
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), STRIPES)];
    lock.lock();
    held.set(key);
    try {
      return work.run();
    } finally {
      held.remove();
      lock.unlock();
    }
  }

  /** Whether this thread runs work under the key made of {@code parts} right now. */
  public boolean isHeld(String... parts) {
    return key(parts).equals(held.get());
  }

  // NUL cannot occur in a project id, user id or key, so ("a", "bc") and ("ab", "c") stay apart.
  private static String key(String... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("a lock key needs at least one part");
    }
    return String.join("\u0000", parts);
  }

  private static String printable(String key) {
    return "(" + key.replace('\u0000', ',') + ")";
  }
}
