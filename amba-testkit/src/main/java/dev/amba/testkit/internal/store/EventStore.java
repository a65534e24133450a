package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementPipeline;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Analytics events. */
public final class EventStore {

  /** An event to store; {@code eventId} is the caller's idempotency id, possibly null. */
  public record NewEvent(
      String userId, String name, JsonObject properties, Instant occurredAt, String eventId) {}

  /** A stored event; {@code seq} orders events stored at the same instant. */
  public record EventRow(
      long seq, String id, String userId, String name, String propertiesJson, Instant occurredAt) {}

  /** What an insert did: how many rows are new, how many were known event ids. */
  public record InsertResult(int stored, int duplicates) {}

  /** Filters shared by listing and counting; null fields do not filter. */
  public record Filter(
      String projectId, Instant since, Instant until, String eventName, String userId,
      java.util.Set<String> amongUsers) {

    public Filter(String projectId, Instant since, Instant until, String eventName, String userId) {
      this(projectId, since, until, eventName, userId, null);
    }

    /** Only the events of these users (a segment's members); null does not filter. */
    public Filter among(java.util.Set<String> users) {
      return new Filter(projectId, since, until, eventName, userId,
          users == null ? null : java.util.Set.copyOf(users));
    }
  }

  /** Where a newest-first page continues: strictly older than this position. */
  public record Position(Instant occurredAt, long seq) {}

  /** Receives matching events one at a time, so counting never holds a whole range in memory. */
  @FunctionalInterface
  public interface Visitor {
    void visit(String eventName, Instant occurredAt, String propertiesJson);
  }

  private final Database db;
  private final Clock clock;
  private volatile EngagementPipeline pipeline;
  private volatile java.util.function.Consumer<StoredEvent> observer = e -> { };

  public EventStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Stores a batch. An event whose id the project already holds (from an earlier call, a
   * concurrent one, or earlier in this batch) is counted as a duplicate; the unique index decides,
   * so concurrent retries cannot both store.
   *
   * <p>Each event commits on its own. In one transaction, two batches holding the same ids in
   * different orders would each wait for the other's row lock until the lock timeout. Per-event
   * commits hold one lock at a time, and losing atomicity costs nothing here: batches are
   * validated before the first insert, and a batch cut short by a failure is retried safely
   * because its event ids dedupe.
   */
  public InsertResult insert(String projectId, List<NewEvent> events) throws SQLException {
    return insert(projectId, events, 0);
  }

  /**
   * As {@link #insert(String, List)}, for events the server writes itself at {@code depth} (M4: an
   * {@code ai_usage} event is depth 1). Every newly stored event then runs the engagement
   * pipeline; a duplicate does nothing.
   */
  public InsertResult insert(String projectId, List<NewEvent> events, int depth) throws SQLException {
    Instant receivedAt = Times.truncate(clock.instant());
    List<StoredEvent> fresh = new ArrayList<>();
    InsertResult result = db.read(c -> {
      int stored = 0;
      int duplicates = 0;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO events(id, project_id, "
          + "app_user_id, event_name, properties, occurred_at, received_at, event_id) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (NewEvent e : events) {
          String id = Ids.uuid();
          ps.setString(1, id);
          ps.setString(2, projectId);
          ps.setString(3, e.userId());
          ps.setString(4, e.name());
          ps.setString(5, JsonIo.write(e.properties()));
          ps.setObject(6, Times.toSql(e.occurredAt() == null ? receivedAt : e.occurredAt()));
          ps.setObject(7, Times.toSql(receivedAt));
          ps.setString(8, e.eventId());
          try {
            ps.executeUpdate();
            stored++;
            fresh.add(new StoredEvent(id, projectId, e.userId(), e.name(), e.properties(), receivedAt, depth));
          } catch (SQLException ex) {
            if (e.eventId() != null && Database.isUniqueViolation(ex)) {
              duplicates++;
            } else {
              throw ex;
            }
          }
        }
      }
      return new InsertResult(stored, duplicates);
    });
    EngagementPipeline engaged = pipeline;
    for (StoredEvent e : fresh) {
      // Before the pipeline, so a watcher sees an event ahead of the events it derives.
      observer.accept(e);
      if (engaged != null) {
        engaged.run(e);
      }
    }
    return result;
  }

  /** Sets the pipeline every newly stored event runs; null for none. */
  public void engage(EngagementPipeline engagementPipeline) {
    this.pipeline = engagementPipeline;
  }

  /**
   * Told of every event stored from now on, tracked and derived, once committed; it must not block
   * (the console's event stream hands each one to bounded queues).
   */
  public void observe(java.util.function.Consumer<StoredEvent> eventObserver) {
    this.observer = java.util.Objects.requireNonNull(eventObserver, "eventObserver");
  }

  /** Stores an event a stage derived (M5), one level deeper than its parent, without running it. */
  public StoredEvent storeDerived(StoredEvent parent, DerivedEvent derived) throws SQLException {
    Instant now = Times.truncate(clock.instant());
    String id = Ids.uuid();
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO events(id, project_id, app_user_id, "
          + "event_name, properties, occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, parent.projectId());
        ps.setString(3, parent.userId());
        ps.setString(4, derived.name());
        ps.setString(5, JsonIo.write(derived.properties()));
        ps.setObject(6, Times.toSql(now));
        ps.setObject(7, Times.toSql(now));
        return ps.executeUpdate();
      }
    });
    StoredEvent stored = new StoredEvent(id, parent.projectId(), parent.userId(), derived.name(),
        derived.properties(), now, parent.depth() + 1);
    observer.accept(stored);
    return stored;
  }

  /**
   * Newest first, at most {@code limit + 1} rows so the caller can tell whether more follow.
   */
  public List<EventRow> list(Filter filter, Position after, int limit) throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT seq, id, app_user_id, event_name, properties, occurred_at FROM events");
    List<Object> args = new ArrayList<>();
    where(filter, sql, args);
    if (after != null) {
      sql.append(" AND (occurred_at < ? OR (occurred_at = ? AND seq < ?))");
      args.add(Times.toSql(after.occurredAt()));
      args.add(Times.toSql(after.occurredAt()));
      args.add(after.seq());
    }
    sql.append(" ORDER BY occurred_at DESC, seq DESC LIMIT ?");
    args.add(limit + 1);
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        bind(ps, args);
        List<EventRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new EventRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5),
                Times.fromSql(rs.getObject(6, OffsetDateTime.class))));
          }
        }
        return rows;
      }
    });
  }

  /** Streams every matching event to the visitor; properties only when asked for. */
  public void scan(Filter filter, boolean withProperties, Visitor visitor) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT event_name, occurred_at"
        + (withProperties ? ", properties" : "") + " FROM events");
    List<Object> args = new ArrayList<>();
    where(filter, sql, args);
    db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            visitor.visit(rs.getString(1), Times.fromSql(rs.getObject(2, OffsetDateTime.class)),
                withProperties ? rs.getString(3) : null);
          }
        }
      }
      return null;
    });
  }

  private static void where(Filter f, StringBuilder sql, List<Object> args) {
    sql.append(" WHERE project_id = ?");
    args.add(f.projectId());
    if (f.since() != null) {
      sql.append(" AND occurred_at >= ?");
      args.add(Times.toSql(f.since()));
    }
    if (f.until() != null) {
      sql.append(" AND occurred_at < ?");
      args.add(Times.toSql(f.until()));
    }
    if (f.eventName() != null) {
      sql.append(" AND event_name = ?");
      args.add(f.eventName());
    }
    if (f.userId() != null) {
      sql.append(" AND app_user_id = ?");
      args.add(f.userId());
    }
    if (f.amongUsers() != null) {
      String marks = String.join(", ", java.util.Collections.nCopies(f.amongUsers().size(), "?"));
      sql.append(f.amongUsers().isEmpty() ? " AND FALSE" : " AND app_user_id IN (" + marks + ")");
      args.addAll(f.amongUsers());
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }
}
