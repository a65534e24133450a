package dev.amba.testkit.internal.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.testkit.internal.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One key's work one transaction at a time; one key per thread; the key held only while the work runs. */
class KeyedLocksTest {

  private final KeyedLocks locks = new KeyedLocks();
  private Database db;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("locks-" + System.nanoTime());
    db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE probe_counter (k VARCHAR(16) PRIMARY KEY, n BIGINT NOT NULL)");
        s.execute("INSERT INTO probe_counter VALUES ('a', 0), ('b', 0)");
      }
      return null;
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Reads the counter and writes it back plus one: loses updates unless the key serializes it. */
  private void increment(String key) throws java.sql.SQLException {
    locks.transaction(db, c -> {
      long n;
      try (PreparedStatement ps = c.prepareStatement("SELECT n FROM probe_counter WHERE k = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          n = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE probe_counter SET n = ? WHERE k = ?")) {
        ps.setLong(1, n + 1);
        ps.setString(2, key);
        ps.executeUpdate();
      }
      return null;
    }, "project", key);
  }

  private long counter(String key) throws java.sql.SQLException {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT n FROM probe_counter WHERE k = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Test
  void readModifyWrites_ofOneKey_neverLoseAnUpdate() throws Exception {
    int threads = 16;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String key = t % 2 == 0 ? "a" : "b";
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < each; i++) {
            increment(key);
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(counter("a")).isEqualTo(threads / 2 * each);
    assertThat(counter("b")).isEqualTo(threads / 2 * each);
  }

  @Test
  void aKeyIsHeldOnlyByItsThread_whileItsWorkRuns_andASecondKeyIsRefused() throws Exception {
    assertThat(locks.isHeld("project", "a")).isFalse();
    locks.transaction(db, c -> {
      assertThat(locks.isHeld("project", "a")).isTrue();
      assertThat(locks.isHeld("project", "b")).isFalse();
      // Parts are kept apart: ("projecta") is another key.
      assertThat(locks.isHeld("projecta")).isFalse();
      assertThatThrownBy(() -> locks.transaction(db, inner -> null, "project", "b"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("(project,a)");
      assertThatThrownBy(() -> locks.transaction(db, inner -> null, "project", "a"))
          .isInstanceOf(IllegalStateException.class);
      return null;
    }, "project", "a");
    assertThat(locks.isHeld("project", "a")).isFalse();
  }

  @Test
  void failingWork_rollsBack_andReleasesTheKey() throws Exception {
    assertThatThrownBy(() -> locks.transaction(db, c -> {
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE probe_counter SET n = 99 WHERE k = 'a'");
      }
      throw new IllegalArgumentException("refused");
    }, "project", "a")).hasMessage("refused");
    assertThat(counter("a")).isZero();
    assertThat(locks.isHeld("project", "a")).isFalse();
    increment("a");
    assertThat(counter("a")).isEqualTo(1);
  }

  @Test
  void exclusively_holdsTheKeyWithoutATransaction_soAnotherInstancesLockMayOpenOneInside() throws Exception {
    KeyedLocks outer = new KeyedLocks();
    long n = outer.exclusively(() -> {
      assertThat(outer.isHeld("project", "a")).isTrue();
      // This instance's keys are one per thread, transactions included.
      assertThatThrownBy(() -> outer.transaction(db, c -> null, "project", "b")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> outer.exclusively(() -> null, "project", "a")).isInstanceOf(IllegalStateException.class);
      // Another instance's lock, and its transaction, nest inside.
      increment("a");
      return counter("a");
    }, "project", "a");
    assertThat(n).isEqualTo(1);
    assertThat(outer.isHeld("project", "a")).isFalse();
    assertThatThrownBy(() -> outer.exclusively(() -> {
      throw new java.sql.SQLException("refused");
    }, "project", "a")).hasMessage("refused");
    assertThat(outer.isHeld("project", "a")).isFalse();
  }
}
