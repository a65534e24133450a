package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.h2.LikePattern;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.h2.jdbcx.JdbcConnectionPool;

/** The emulator's embedded H2 database: a small pool and the ways to use a connection. */
public final class Database implements AutoCloseable {
  /** SQLSTATE of a unique-index violation; stores turn it into "already exists" answers. */
  public static final String UNIQUE_VIOLATION = "23505";
  /** SQLSTATE of a statement H2 cancelled because it ran past its query timeout. */
  public static final String QUERY_CANCELLED = "57014";
  /** Connections in the pool, shared by every project; stores that can be slow ration their share. */
  public static final int MAX_CONNECTIONS = 16;

  private final JdbcConnectionPool pool;
  private volatile boolean closed;

  private Database(JdbcConnectionPool pool) {
    this.pool = pool;
  }

  /**
   * A private in-memory database that lives until {@link #close()}. Neither kind closes itself when
   * the JVM exits: the emulator closes it, after whatever it still has to read (an export).
   */
  public static Database inMemory(String name) {
    return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
  }

  /** A database in {@code directory}/amba.mv.db, created when missing. */
  public static Database inDirectory(java.nio.file.Path directory) {
    String path = directory.toAbsolutePath().resolve("amba").toString();
    return open("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  private static Database open(String url) {
    // An insert racing another on the same unique key (a concurrent retry of an event, a double
    // sign-up) waits for that one to commit and then sees the duplicate; H2's default one-second
    // lock timeout would turn a slow CI machine's wait into a 500.
    JdbcConnectionPool pool = JdbcConnectionPool.create(url + ";LOCK_TIMEOUT=10000", "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    Database db = new Database(pool);
    try {
      Schema.migrate(db);
      defineFunctions(db);
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw new IllegalStateException("cannot open the emulator database " + url + ": " + e.getMessage(), e);
    }
    return db;
  }

  /**
   * (Re)defines the Java functions the stores' SQL calls. Dropped first: a file database keeps the
   * definition an older emulator wrote, and it must name this emulator's class.
   */
  private static void defineFunctions(Database db) throws SQLException {
    db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("DROP ALIAS IF EXISTS " + LikePattern.SQL_FUNCTION);
        s.execute(LikePattern.CREATE_FUNCTION);
      }
      return null;
    });
  }

  /** Runs work in auto-commit mode: one statement, one transaction. */
  public <T> T read(SqlWork<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    }
  }

  /**
   * As {@link #read(SqlWork)}, with every statement of {@code work} cancelled by H2 once it has run
   * for {@code timeout} (an SQLException with {@link #QUERY_CANCELLED}; see {@link #isQueryCancelled}).
   * H2 looks at the clock between rows (every 128 rows read), so a statement overruns by at most
   * the time those rows take.
   */
  public <T> T read(Duration timeout, SqlWork<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      // The timeout is a session setting of the pooled connection: set it for this work only.
      setQueryTimeout(c, Math.max(1, timeout.toMillis()));
      T result;
      try {
        result = work.run(c);
      } catch (SQLException | RuntimeException | Error e) {
        try {
          setQueryTimeout(c, 0);
        } catch (SQLException reset) {
          e.addSuppressed(reset);
        }
        throw e;
      }
      setQueryTimeout(c, 0);
      return result;
    }
  }

  private static void setQueryTimeout(Connection c, long millis) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET QUERY_TIMEOUT " + millis);
    }
  }

  /** Runs work in one transaction, rolled back when it throws. */
  public <T> T transaction(SqlWork<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  public static boolean isUniqueViolation(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  public static boolean isQueryCancelled(SQLException e) {
    return QUERY_CANCELLED.equals(e.getSQLState());
  }

  /**
   * Shuts the database down: an in-memory database and its data are gone afterwards; a file
   * database is flushed and unlocked, so another emulator can open the same directory.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException ignored) {
      // Already shut down, or never opened: either way nothing is left to release.
    } finally {
      pool.dispose();
    }
  }
}
