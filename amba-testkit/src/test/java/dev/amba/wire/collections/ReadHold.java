package dev.amba.wire.collections;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.h2.api.Trigger;

/**
 * A read that stays inside the emulator's database for as long as a test says: an H2
 * {@code BEFORE SELECT} trigger on one collection's table, installed through a second connection
 * to the emulator's file database (same JVM, so the same H2 engine). A held statement has its
 * connection and has started to run, exactly like a slow query, and it ends when the test
 * releases it, so tests need no sleeps. Only tests install it; the emulator knows nothing of it.
 */
public final class ReadHold implements Trigger, AutoCloseable {
  private static final Map<String, ReadHold> BY_TRIGGER = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();
  /** A test that fails part-way must not leave an emulator thread parked forever. */
  private static final long MAX_HOLD_SECONDS = 60;

  private final Path dataDirectory;
  private final String trigger;
  private final AtomicInteger toHold;
  private final long delayNanos;
  private final CountDownLatch release = new CountDownLatch(1);
  private final Runnable onHeld;
  private final AtomicInteger held = new AtomicInteger();

  // The instance H2 creates for the trigger finds the test's instance by the trigger's name.
  private ReadHold target;

  /** For H2, which instantiates the trigger class itself. */
  public ReadHold() {
    this(null, null, 0, 0, () -> {});
  }

  private ReadHold(Path dataDirectory, String trigger, int reads, long delayNanos, Runnable onHeld) {
    this.dataDirectory = dataDirectory;
    this.trigger = trigger;
    this.toHold = new AtomicInteger(reads);
    this.delayNanos = delayNanos;
    this.onHeld = onHeld;
  }

  /**
   * Holds the next {@code reads} statements that read collection {@code name} until {@link #release()};
   * {@code onHeld} runs (on the emulator's thread) as each one is held.
   */
  static ReadHold hold(Path dataDirectory, String name, int reads, Runnable onHeld) {
    return install(new ReadHold(dataDirectory, "hold_" + NEXT.incrementAndGet(), reads, 0, onHeld), name);
  }

  /** Makes every statement that reads collection {@code name} take at least {@code delay}: a slow query. */
  static ReadHold delay(Path dataDirectory, String name, Duration delay) {
    return install(new ReadHold(dataDirectory, "delay_" + NEXT.incrementAndGet(), Integer.MAX_VALUE,
        delay.toNanos(), () -> {}), name);
  }

  /** How many statements are held now or were held and released. */
  int held() {
    return held.get();
  }

  void release() {
    release.countDown();
  }

  private static ReadHold install(ReadHold hold, String name) {
    BY_TRIGGER.put(hold.trigger.toUpperCase(java.util.Locale.ROOT), hold);
    try (Connection c = hold.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER \"coll\".\"" + hold.trigger + "\" BEFORE SELECT ON \"coll\".\"" + table(c, name)
          + "\" CALL \"" + ReadHold.class.getName() + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot install the read hold: " + e.getMessage(), e);
    }
    return hold;
  }

  /** The table of collection {@code name}: t{seq}_{name} in the coll schema. */
  private static String table(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'coll'")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1).matches("t[0-9]+_" + name)) {
            return rs.getString(1);
          }
        }
      }
    }
    throw new IllegalStateException("no table for collection " + name);
  }

  private Connection connect() throws SQLException {
    // The path Database.inDirectory opens; in one JVM both connections share one H2 database.
    return DriverManager.getConnection("jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("amba"), "sa", "");
  }

  /** Releases every held statement and removes the trigger. */
  @Override
  public void close() {
    release();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER IF EXISTS \"coll\".\"" + trigger + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove the read hold: " + e.getMessage(), e);
    } finally {
      BY_TRIGGER.remove(trigger.toUpperCase(java.util.Locale.ROOT));
    }
  }

  // ---- the trigger, called by H2 ----

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
    target = BY_TRIGGER.get(triggerName.toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
    if (target != null) {
      target.statementStarts();
    }
  }

  private void statementStarts() {
    if (delayNanos > 0) {
      long end = System.nanoTime() + delayNanos;
      for (long left = delayNanos; left > 0; left = end - System.nanoTime()) {
        LockSupport.parkNanos(left);
      }
      return;
    }
    if (toHold.getAndDecrement() <= 0) {
      return;
    }
    held.incrementAndGet();
    onHeld.run();
    try {
      release.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
