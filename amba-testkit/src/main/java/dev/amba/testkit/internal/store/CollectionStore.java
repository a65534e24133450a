package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Collections: their definitions in the {@code collections} table, and each one's rows in a real
 * H2 table of the {@code "coll"} schema with the declared types, NOT NULL rules and indexes.
 *
 * <p>Writes and schema changes on one collection exclude each other through a read-write lock,
 * so a write never meets a table whose columns changed since it was compiled. Reads, which a
 * hostile filter can make slow, take no lock (H2 reads without table locks): one that meets a
 * schema change beside it is run again against the new definition ({@link #read}). Every
 * statement is built from the stored definition (quoted, validated names) and bound values.
 *
 * <p>Cost is bounded per statement and per project: reads run under a statement timeout (writes
 * touch one row, by its key), and one project's row work holds at most
 * {@link #CONNECTIONS_PER_PROJECT} pooled connections at a time.
 */
public final class CollectionStore {

  /**
   * How long a read may run before H2 cancels it. An emulated app's test data answers in
   * milliseconds; five seconds is a thousand times that, yet well inside the SDK's 30 s request
   * timeout, so a cancelled read reaches the caller as a typed answer, not a client-side timeout.
   */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);
  /**
   * One project's share of the pool: a quarter, so three projects flooding the emulator with slow
   * reads still leave a quarter of the connections to everyone else (and to auth, users, events).
   */
  public static final int CONNECTIONS_PER_PROJECT = Database.MAX_CONNECTIONS / 4;
  /** How long row work waits for its project's share; normal statements free one in milliseconds. */
  static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);
  /** Reads run again when a schema change raced them; more than this many in a row is not a race. */
  static final int READ_ATTEMPTS = 3;

  /** Work on a collection's rows (writes under its read lock, reads lock-free) or its schema (under its write lock). */
  @FunctionalInterface
  public interface Work<T> {
    T run(CollectionDef def) throws SQLException;
  }

  private interface Task<T> {
    T run() throws SQLException;
  }

  private final Database db;
  private final Clock clock;
  // Striped rather than one lock per name: a lock per name ever asked for would grow without bound
  // under requests for collections that do not exist.
  private final ReentrantReadWriteLock[] locks = new ReentrantReadWriteLock[64];
  // Definitions of existing collections, read on every row request. An entry changes only under
  // its collection's write lock, so a writer holding the read lock sees the table as it is; a
  // lock-free read may compile against an entry a change is about to replace (see read).
  private final Map<String, CollectionDef> defs = new ConcurrentHashMap<>();
  // One per project that has done row work; projects are few and made on purpose, never by a request.
  private final Map<String, Semaphore> connections = new ConcurrentHashMap<>();
  private volatile Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;

  public CollectionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantReadWriteLock();
    }
  }

  /** Sets how long a read may run (at least 1 ms); the emulator sets it once, at start. */
  public void queryTimeout(Duration timeout) {
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("queryTimeout must be at least 1 ms: " + timeout);
    }
    this.queryTimeout = timeout;
  }

  // ---- locking ----

  /**
   * Runs row work that writes on an existing collection, beside other writes but not beside a
   * schema change; 404 {@code collection_not_found} when there is none.
   */
  public <T> T rows(String projectId, String name, Work<T> work) throws SQLException {
    return withConnectionShare(projectId, () -> locked(projectId, name, false, work));
  }

  /**
   * Runs row work that only reads, holding no lock, so a slow read delays no schema change and no
   * write. A read that fails while a schema change ran beside it (H2 then reports a missing column
   * or table, or a concurrent modification) is run again, once the change is done, against the new
   * definition: it answers as it would have right after the change (an unknown column is a 400, a
   * dropped collection a 404), never a 500.
   */
  public <T> T read(String projectId, String name, Work<T> work) throws SQLException {
    return withConnectionShare(projectId, () -> {
      for (int attempt = 1; ; attempt++) {
        CollectionDef def = current(projectId, name);
        try {
          return work.run(def);
        } catch (SQLException e) {
          // Waits out a schema change still running, so its new definition is in place.
          locked(projectId, name, false, d -> null);
          if (defs.get(key(projectId, name)) == def) {
            throw e;
          }
          if (attempt == READ_ATTEMPTS) {
            throw new ApiException(503, "schema_changing", "the schema of collection " + name
                + " changed during each of " + READ_ATTEMPTS + " attempts to read it; retry");
          }
        }
      }
    });
  }

  /** The definition reads compile against; loaded under the read lock, so the cache never goes stale. */
  private CollectionDef current(String projectId, String name) throws SQLException {
    CollectionDef def = defs.get(key(projectId, name));
    return def != null ? def : locked(projectId, name, false, d -> d);
  }

  /**
   * Runs {@code work} holding one of the project's {@link #CONNECTIONS_PER_PROJECT} permits, so
   * one project's slow statements cannot take the pool from every other project. A project at its
   * share is answered 429 {@code rate_limited} after {@link #CONNECTION_WAIT}, which the SDK retries.
   */
  private <T> T withConnectionShare(String projectId, Task<T> work) throws SQLException {
    Semaphore share = connections.computeIfAbsent(projectId, p -> new Semaphore(CONNECTIONS_PER_PROJECT));
    try {
      if (!share.tryAcquire(CONNECTION_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ApiException(429, "rate_limited", "this project already runs " + CONNECTIONS_PER_PROJECT
            + " collection statements, the most one project may at once; retry shortly",
            JsonIo.object().add("retry_after_seconds", 1).add("scope", "project")
                .add("max", CONNECTIONS_PER_PROJECT).build(), Map.of("Retry-After", "1"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "unavailable", "the emulator is stopping");
    }
    try {
      return work.run();
    } finally {
      share.release();
    }
  }

  /** Runs a schema change on an existing collection, with no row work running beside it. */
  public <T> T schema(String projectId, String name, Work<T> work) throws SQLException {
    return locked(projectId, name, true, work);
  }

  private <T> T locked(String projectId, String name, boolean exclusive, Work<T> work) throws SQLException {
    ReentrantReadWriteLock rw = lockFor(projectId, name);
    Lock lock = exclusive ? rw.writeLock() : rw.readLock();
    lock.lock();
    try {
      CollectionDef def = defs.get(key(projectId, name));
      if (def == null) {
        def = find(projectId, name).orElseThrow(() -> CollectionErrors.collectionNotFound(name));
        defs.put(key(projectId, name), def);
      }
      return work.run(def);
    } finally {
      lock.unlock();
    }
  }

  private ReentrantReadWriteLock lockFor(String projectId, String name) {
    return locks[Math.floorMod(key(projectId, name).hashCode(), locks.length)];
  }

  private static String key(String projectId, String name) {
    return projectId + "/" + name;
  }

  /** Records a definition that changed; the caller holds the collection's write lock. */
  private CollectionDef changed(CollectionDef def) {
    defs.put(key(def.projectId(), def.name()), def);
    return def;
  }

  // ---- definitions ----

  public Optional<CollectionDef> find(String projectId, String name) throws SQLException {
    return db.read(c -> Rows.one(c, "SELECT seq, version, definition, created_at FROM collections "
        + "WHERE project_id = ? AND name = ?", rs -> definition(rs, projectId, name), projectId, name));
  }

  public Listing<CollectionDef> list(String projectId, int limit, int offset) throws SQLException {
    return db.read(c -> Rows.page(c, "SELECT COUNT(*) FROM collections WHERE project_id = ?",
        "SELECT seq, version, definition, created_at, name FROM collections WHERE project_id = ? "
            + "ORDER BY name LIMIT ? OFFSET ?",
        limit, offset, rs -> definition(rs, projectId, rs.getString(5)), projectId));
  }

  /**
   * Creates a collection and its table. The unique (project, name) index decides a race between
   * two definitions; DDL commits on its own in H2, so a failure part-way is undone by hand.
   */
  public CollectionDef define(String projectId, String name, List<CollectionColumn> columns,
      List<CollectionIndex> indexSpecs) throws SQLException {
    ReentrantReadWriteLock rw = lockFor(projectId, name);
    rw.writeLock().lock();
    try {
      Instant now = Times.truncate(clock.instant());
      long seq;
      try {
        seq = db.read(c -> {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO collections(project_id, name, version, "
              + "definition, created_at, updated_at) VALUES (?, ?, 1, '{}', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, projectId);
            ps.setString(2, name);
            ps.setObject(3, Times.toSql(now));
            ps.setObject(4, Times.toSql(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
      } catch (SQLException e) {
        if (Database.isUniqueViolation(e)) {
          throw new ApiException(409, "collection_exists", "collection " + name + " already exists");
        }
        throw e;
      }
      List<CollectionIndex> indexes = new ArrayList<>();
      int n = 1;
      for (CollectionIndex spec : indexSpecs) {
        indexes.add(new CollectionIndex(indexName(seq, n++), spec.columns(), spec.unique()));
      }
      CollectionDef def = new CollectionDef(seq, projectId, name, 1, now, columns, indexes, n);
      try {
        db.read(c -> {
          try (Statement s = c.createStatement()) {
            s.execute(createTable(def));
            // Every client read filters by user and pages by (created_at, id).
            s.execute("CREATE INDEX " + CollectionDef.SQL_SCHEMA + ".\"u" + seq + "\" ON " + def.table()
                + " (\"user_id\", \"created_at\", \"id\")");
            for (CollectionIndex index : indexes) {
              s.execute(createIndex(def, index));
            }
          }
          saveDefinition(c, def, now);
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        undoDefine(seq, def);
        throw e;
      }
      return changed(def);
    } finally {
      rw.writeLock().unlock();
    }
  }

  private void undoDefine(long seq, CollectionDef def) {
    try {
      db.read(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("DROP TABLE IF EXISTS " + def.table());
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM collections WHERE seq = ?")) {
          ps.setLong(1, seq);
          ps.executeUpdate();
        }
        return null;
      });
    } catch (SQLException ignored) {
      // The first failure is the one worth reporting.
    }
  }

  /** Adds a column; the caller holds the schema lock ({@link #schema}). */
  public CollectionDef addColumn(CollectionDef def, CollectionColumn column) throws SQLException {
    if (def.column(column.name()) != null) {
      throw new ApiException(409, "column_exists", "collection " + def.name() + " already has a column " + column.name());
    }
    if (!column.nullable() && hasRows(def)) {
      throw new ApiException(409, "collection_not_empty", "cannot add the NOT NULL column " + column.name()
          + " to collection " + def.name() + ", which has rows; add it nullable");
    }
    List<CollectionColumn> columns = new ArrayList<>(def.columns());
    columns.add(column);
    CollectionDef next = new CollectionDef(def.seq(), def.projectId(), def.name(), def.version() + 1, def.createdAt(),
        columns, def.indexes(), def.nextIndex());
    return db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE " + def.table() + " ADD COLUMN " + columnSql(column));
      }
      saveDefinition(c, next, Times.truncate(clock.instant()));
      return changed(next);
    });
  }

  /** Adds an index; the caller holds the schema lock. */
  public CollectionDef addIndex(CollectionDef def, List<String> columns, boolean unique) throws SQLException {
    for (CollectionIndex existing : def.indexes()) {
      if (existing.columns().equals(columns) && existing.unique() == unique) {
        throw new ApiException(409, "index_exists", "collection " + def.name() + " already has this index");
      }
    }
    CollectionIndex index = new CollectionIndex(indexName(def.seq(), def.nextIndex()), columns, unique);
    List<CollectionIndex> indexes = new ArrayList<>(def.indexes());
    indexes.add(index);
    CollectionDef next = new CollectionDef(def.seq(), def.projectId(), def.name(), def.version() + 1, def.createdAt(),
        def.columns(), indexes, def.nextIndex() + 1);
    return db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute(createIndex(def, index));
      } catch (SQLException e) {
        if (Database.isUniqueViolation(e)) {
          throw new ApiException(409, "unique_violation", "rows of collection " + def.name()
              + " already share values of " + columns + "; a unique index cannot be built");
        }
        throw e;
      }
      saveDefinition(c, next, Times.truncate(clock.instant()));
      return changed(next);
    });
  }

  /** Drops a user-defined column and the indexes that use it; the caller holds the schema lock. */
  public CollectionDef dropColumn(CollectionDef def, String column) throws SQLException {
    List<CollectionColumn> columns = new ArrayList<>(def.columns());
    columns.removeIf(c -> c.name().equals(column));
    List<CollectionIndex> kept = new ArrayList<>();
    List<CollectionIndex> dropped = new ArrayList<>();
    for (CollectionIndex index : def.indexes()) {
      (index.uses(column) ? dropped : kept).add(index);
    }
    CollectionDef next = new CollectionDef(def.seq(), def.projectId(), def.name(), def.version() + 1, def.createdAt(),
        columns, kept, def.nextIndex());
    return db.read(c -> {
      try (Statement s = c.createStatement()) {
        for (CollectionIndex index : dropped) {
          s.execute("DROP INDEX IF EXISTS " + CollectionDef.SQL_SCHEMA + ".\"" + index.sqlName() + '"');
        }
        s.execute("ALTER TABLE " + def.table() + " DROP COLUMN \"" + column + '"');
      }
      saveDefinition(c, next, Times.truncate(clock.instant()));
      return changed(next);
    });
  }

  /** Drops the collection's table and definition; the caller holds the schema lock. */
  public void drop(CollectionDef def) throws SQLException {
    db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + def.table());
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM collections WHERE seq = ?")) {
        ps.setLong(1, def.seq());
        ps.executeUpdate();
      }
      return null;
    });
    defs.remove(key(def.projectId(), def.name()));
  }

  // ---- rows ----

  /**
   * Inserts a row for {@code userId}. {@code values} maps user-defined column names to SQL values
   * made by {@link CollectionType#toSql} (null for SQL NULL).
   */
  public JsonObject insert(CollectionDef def, String userId, Map<String, Object> values) throws SQLException {
    return insert(def, userId, UUID.randomUUID(), values);
  }

  /**
   * Inserts a row with an id the client chose (a sync create, 37.3 #2).
   *
   * @throws ApiException 409 {@code unique_violation} when a row has the id, or the values of a unique index
   */
  public JsonObject insert(CollectionDef def, String userId, UUID id, Map<String, Object> values) throws SQLException {
    Instant now = Times.truncate(clock.instant());
    CollectionSql sql = new CollectionSql().sql("INSERT INTO " + def.table()
        + " (\"id\", \"user_id\", \"created_at\", \"updated_at\"");
    for (String column : values.keySet()) {
      sql.sql(", ").sql(def.column(column).sql());
    }
    sql.sql(") VALUES (").value(CollectionType.UUID, id).sql(", ").value(CollectionType.TEXT, userId)
        .sql(", ").value(CollectionType.TIMESTAMPTZ, Times.toSql(now))
        .sql(", ").value(CollectionType.TIMESTAMPTZ, Times.toSql(now));
    for (Map.Entry<String, Object> e : values.entrySet()) {
      sql.sql(", ").value(def.column(e.getKey()).type(), e.getValue());
    }
    sql.sql(")");
    return db.transaction(c -> {
      execute(c, sql, def);
      return selectById(c, def, userId, id).orElseThrow();
    });
  }

  public Optional<JsonObject> get(CollectionDef def, String userId, UUID id) throws SQLException {
    return timed(c -> selectById(c, def, userId, id));
  }

  /** Up to {@code query.limit() + 1} full rows, so the caller can tell whether more follow. */
  public List<JsonObject> find(CollectionDef def, String userId, CollectionQuery query) throws SQLException {
    CollectionSql sql = new CollectionSql().sql("SELECT " + columnList(def) + " FROM " + def.table())
        .append(query.where(userId)).sql(query.orderBy()).sql(" LIMIT ").value(CollectionType.INTEGER, query.limit() + 1);
    return select(def, sql);
  }

  public long count(CollectionDef def, String userId, CollectionQuery query) throws SQLException {
    CollectionSql sql = new CollectionSql().sql("SELECT COUNT(*) FROM " + def.table()).append(query.where(userId));
    return timed(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.text())) {
        sql.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  /** Sets columns of one live row of {@code userId}; empty when there is no such row. */
  public Optional<JsonObject> update(CollectionDef def, String userId, UUID id, Map<String, Object> set)
      throws SQLException {
    return update(def, userId, id, set, null);
  }

  /**
   * As {@link #update(CollectionDef, String, UUID, Map)}, and only while the row's
   * {@code updated_at} is not after {@code notAfter} (when given): the check and the write are one
   * statement, so a write between a sync's conflict check and its own is never overwritten.
   */
  public Optional<JsonObject> update(CollectionDef def, String userId, UUID id, Map<String, Object> set,
      Instant notAfter) throws SQLException {
    CollectionSql sql = new CollectionSql().sql("UPDATE " + def.table() + " SET ");
    for (Map.Entry<String, Object> e : set.entrySet()) {
      CollectionColumn column = def.column(e.getKey());
      sql.sql(column.sql()).sql(" = ").value(column.type(), e.getValue()).sql(", ");
    }
    sql.sql("\"updated_at\" = ").value(CollectionType.TIMESTAMPTZ, Times.toSql(Times.truncate(clock.instant())));
    sql.append(liveRow(userId, id)).append(notAfter(notAfter));
    return db.transaction(c -> execute(c, sql, def) == 0 ? Optional.empty() : selectById(c, def, userId, id));
  }

  /** Soft-deletes one live row of {@code userId}; false when there is no such row. */
  public boolean softDelete(CollectionDef def, String userId, UUID id) throws SQLException {
    return softDelete(def, userId, id, null);
  }

  /** As {@link #softDelete(CollectionDef, String, UUID)}, guarded as {@link #update(CollectionDef, String, UUID, Map, Instant)} is. */
  public boolean softDelete(CollectionDef def, String userId, UUID id, Instant notAfter) throws SQLException {
    OffsetDateTime now = Times.toSql(Times.truncate(clock.instant()));
    CollectionSql sql = new CollectionSql().sql("UPDATE " + def.table() + " SET \"deleted_at\" = ")
        .value(CollectionType.TIMESTAMPTZ, now).sql(", \"updated_at\" = ").value(CollectionType.TIMESTAMPTZ, now)
        .append(liveRow(userId, id)).append(notAfter(notAfter));
    return db.read(c -> execute(c, sql, def) > 0);
  }

  /** Every live row whoever owns it, by owner then id: what an export writes, in an order a re-seed keeps. */
  public List<JsonObject> allLive(CollectionDef def) throws SQLException {
    return select(def, new CollectionSql().sql("SELECT " + columnList(def) + " FROM " + def.table()
        + " WHERE \"deleted_at\" IS NULL ORDER BY \"user_id\", \"id\""));
  }

  /**
   * The row with {@code id} whoever owns it, soft-deleted or not: what a sync change finds at its id
   * before it decides (37.3 #2). Never answered to a client as such.
   */
  public Optional<JsonObject> anyRow(CollectionDef def, UUID id) throws SQLException {
    CollectionSql sql = new CollectionSql().sql("SELECT " + columnList(def) + " FROM " + def.table())
        .sql(" WHERE \"id\" = ").value(CollectionType.UUID, id);
    return select(def, sql).stream().findFirst();
  }

  /**
   * Up to {@code limit} rows of {@code userId}, soft-deleted ones included, whose
   * ({@code updated_at}, {@code id}) comes after ({@code after}, {@code afterId}) (from the first
   * when {@code after} is null), in that order: a sync pull's page (37.3 #5).
   */
  public List<JsonObject> changedSince(CollectionDef def, String userId, Instant after, UUID afterId, int limit)
      throws SQLException {
    CollectionSql sql = new CollectionSql().sql("SELECT " + columnList(def) + " FROM " + def.table())
        .sql(" WHERE \"user_id\" = ").value(CollectionType.TEXT, userId);
    if (after != null) {
      OffsetDateTime at = Times.toSql(after);
      sql.sql(" AND (\"updated_at\" > ").value(CollectionType.TIMESTAMPTZ, at).sql(" OR (\"updated_at\" = ")
          .value(CollectionType.TIMESTAMPTZ, at).sql(" AND \"id\" > ").value(CollectionType.UUID, afterId).sql("))");
    }
    sql.sql(" ORDER BY \"updated_at\", \"id\" LIMIT ").value(CollectionType.INTEGER, limit);
    return select(def, sql);
  }

  // ---- SQL helpers ----

  /**
   * A read under the statement timeout. A read cancelled by it is answered 503 {@code query_timeout}
   * (kind {@code tenant_unavailable}), not a 4xx: whether a read finishes in time depends on the
   * machine and its load as much as on the request, so the same request may well succeed when
   * retried, and the SDK retries a 503 for a GET, a bounded three attempts. Filters known to be
   * expensive whatever the load are refused before any SQL runs, with a 400 naming the column
   * ({@link CollectionQuery}), so the timeout only catches what is left.
   */
  private <T> T timed(SqlWork<T> work) throws SQLException {
    Duration timeout = queryTimeout;
    try {
      return db.read(timeout, work);
    } catch (SQLException e) {
      if (Database.isQueryCancelled(e)) {
        throw new ApiException(503, "query_timeout", "the query ran longer than the emulator's statement timeout of "
            + timeout.toMillis() + " ms and was cancelled; narrow the filter or page with a smaller limit",
            JsonIo.object().add("timeout_ms", timeout.toMillis()).build());
      }
      throw e;
    }
  }

  private static CollectionSql liveRow(String userId, UUID id) {
    return new CollectionSql().sql(" WHERE \"id\" = ").value(CollectionType.UUID, id)
        .sql(" AND \"user_id\" = ").value(CollectionType.TEXT, userId).sql(" AND \"deleted_at\" IS NULL");
  }

  /** The rows a read under the statement timeout selects. */
  private List<JsonObject> select(CollectionDef def, CollectionSql sql) throws SQLException {
    return timed(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.text())) {
        sql.bind(ps, 1);
        List<JsonObject> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs, def));
          }
        }
        return rows;
      }
    });
  }

  private static CollectionSql notAfter(Instant notAfter) {
    CollectionSql sql = new CollectionSql();
    return notAfter == null ? sql
        : sql.sql(" AND \"updated_at\" <= ").value(CollectionType.TIMESTAMPTZ, Times.toSql(notAfter));
  }

  private static int execute(Connection c, CollectionSql sql, CollectionDef def) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql.text())) {
      sql.bind(ps, 1);
      return ps.executeUpdate();
    } catch (SQLException e) {
      if (Database.isUniqueViolation(e)) {
        throw new ApiException(409, "unique_violation",
            "another row of collection " + def.name() + " already has these values of a unique index");
      }
      throw e;
    }
  }

  private static Optional<JsonObject> selectById(Connection c, CollectionDef def, String userId, UUID id)
      throws SQLException {
    CollectionSql sql = new CollectionSql().sql("SELECT " + columnList(def) + " FROM " + def.table())
        .append(liveRow(userId, id));
    try (PreparedStatement ps = c.prepareStatement(sql.text())) {
      sql.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs, def)) : Optional.empty();
      }
    }
  }

  private boolean hasRows(CollectionDef def) throws SQLException {
    return db.read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + def.table() + " LIMIT 1")) {
        return rs.next();
      }
    });
  }

  private static String columnList(CollectionDef def) {
    StringBuilder sb = new StringBuilder();
    for (CollectionColumn c : def.allColumns()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.sql());
    }
    return sb.toString();
  }

  private static JsonObject row(ResultSet rs, CollectionDef def) throws SQLException {
    JsonObjectBuilder row = JsonIo.object();
    int i = 1;
    for (CollectionColumn c : def.allColumns()) {
      row.add(c.name(), c.type().read(rs, i++));
    }
    return row.build();
  }

  private static String createTable(CollectionDef def) {
    StringBuilder sb = new StringBuilder("CREATE TABLE ").append(def.table()).append(" (")
        .append("\"id\" UUID PRIMARY KEY, ")
        .append("\"user_id\" CHARACTER VARYING(128) NOT NULL, ")
        .append("\"created_at\" TIMESTAMP(6) WITH TIME ZONE NOT NULL, ")
        .append("\"updated_at\" TIMESTAMP(6) WITH TIME ZONE NOT NULL, ")
        .append("\"deleted_at\" TIMESTAMP(6) WITH TIME ZONE");
    for (CollectionColumn c : def.columns()) {
      sb.append(", ").append(columnSql(c));
    }
    return sb.append(')').toString();
  }

  private static String columnSql(CollectionColumn c) {
    return c.sql() + " " + c.type().sqlType(c.dimension()) + (c.nullable() ? "" : " NOT NULL");
  }

  private static String createIndex(CollectionDef def, CollectionIndex index) {
    StringBuilder sb = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
        .append(CollectionDef.SQL_SCHEMA).append(".\"").append(index.sqlName()).append("\" ON ").append(def.table())
        .append(" (");
    for (int i = 0; i < index.columns().size(); i++) {
      String spec = index.columns().get(i);
      String column = CollectionIndex.columnOf(spec);
      boolean desc = spec.length() > column.length() && spec.substring(column.length() + 1).equalsIgnoreCase("desc");
      sb.append(i == 0 ? "" : ", ").append(def.column(column).sql()).append(desc ? " DESC" : " ASC");
    }
    return sb.append(')').toString();
  }

  private static String indexName(long seq, int n) {
    return "i" + seq + "_" + n;
  }

  // ---- the stored definition ----

  private static void saveDefinition(Connection c, CollectionDef def, Instant now) throws SQLException {
    JsonArrayBuilder columns = JsonIo.array();
    for (CollectionColumn col : def.columns()) {
      JsonObjectBuilder o = JsonIo.object().add("name", col.name()).add("type", col.type().wire())
          .add("nullable", col.nullable());
      if (col.dimension() != null) {
        o.add("dimension", col.dimension());
      }
      columns.add(o);
    }
    JsonArrayBuilder indexes = JsonIo.array();
    for (CollectionIndex index : def.indexes()) {
      JsonArrayBuilder specs = JsonIo.array();
      index.columns().forEach(specs::add);
      indexes.add(JsonIo.object().add("sql_name", index.sqlName()).add("columns", specs).add("unique", index.unique()));
    }
    String json = JsonIo.write(JsonIo.object().add("columns", columns).add("indexes", indexes)
        .add("next_index", def.nextIndex()).build());
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE collections SET definition = ?, version = ?, updated_at = ? WHERE seq = ?")) {
      ps.setString(1, json);
      ps.setInt(2, def.version());
      ps.setObject(3, Times.toSql(now));
      ps.setLong(4, def.seq());
      ps.executeUpdate();
    }
  }

  private static CollectionDef definition(ResultSet rs, String projectId, String name) throws SQLException {
    long seq = rs.getLong(1);
    int version = rs.getInt(2);
    JsonObject d = JsonIo.parseStoredObject(rs.getString(3));
    if (!d.containsKey("columns")) {
      // A definition being written by define(): its table does not exist yet.
      return new CollectionDef(seq, projectId, name, version, Times.fromSql(rs.getObject(4, OffsetDateTime.class)),
          List.of(), List.of(), 1);
    }
    Instant createdAt = Times.fromSql(rs.getObject(4, OffsetDateTime.class));
    List<CollectionColumn> columns = new ArrayList<>();
    for (JsonValue v : d.getJsonArray("columns")) {
      JsonObject o = v.asJsonObject();
      columns.add(new CollectionColumn(o.getString("name"), CollectionType.fromWire(o.getString("type")),
          o.getBoolean("nullable"), o.containsKey("dimension") ? o.getInt("dimension") : null));
    }
    List<CollectionIndex> indexes = new ArrayList<>();
    for (JsonValue v : d.getJsonArray("indexes")) {
      JsonObject o = v.asJsonObject();
      List<String> specs = new ArrayList<>();
      o.getJsonArray("columns").forEach(s -> specs.add(((jakarta.json.JsonString) s).getString()));
      indexes.add(new CollectionIndex(o.getString("sql_name"), specs, o.getBoolean("unique")));
    }
    return new CollectionDef(seq, projectId, name, version, createdAt, columns, indexes, d.getInt("next_index"));
  }
}
