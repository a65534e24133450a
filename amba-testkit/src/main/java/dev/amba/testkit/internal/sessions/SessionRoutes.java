package dev.amba.testkit.internal.sessions;

import static dev.amba.testkit.internal.sessions.SessionTables.REF_BODY;
import static dev.amba.testkit.internal.sessions.SessionTables.SESSIONS;

import dev.amba.internal.endpoint.SessionEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * App sessions (amba-api-modules.md 29): a user's sessions by the client's {@code session_id},
 * each change under the (user, session) lock, and the M5 events {@code session_started} and
 * {@code session_ended} written after the change commits as depth-1 events (M4), so they run the
 * engagement pipeline like tracked ones.
 *
 * <p>X decisions beyond 29: an end of an ended session answers its row unchanged and emits nothing
 * (so a retried end is harmless), as does a revoke; a start of a session id the user has answers 200
 * with the row, ended or not, and emits nothing; {@code ip_address} is the first address of
 * {@code X-Forwarded-For} when the request has one, else null; {@code total_sessions} counts the
 * sessions started inside the period; the mean duration is sent with two decimals; lists order
 * sessions started at one instant by creation.
 */
public final class SessionRoutes implements RouteModule {

  private static final int PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final Map<String, Duration> PERIODS = Map.of("24h", Duration.ofHours(24), "7d", Duration.ofDays(7),
      "30d", Duration.ofDays(30), "90d", Duration.ofDays(90));

  private final Stores stores;
  private final Clock clock;
  private final KeyedLocks locks = new KeyedLocks();
  private final Crud sessions;

  public SessionRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.sessions = Crud.of(SESSIONS, stores, clock);
  }

  @Override
  public List<Resource> resources() {
    return List.of(SESSIONS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(SessionEndpoints.START, this::start);
    routes.on(SessionEndpoints.END, (r, c) -> end(c, sessionIdOf(r), "update_failed"));
    routes.on(SessionEndpoints.HEARTBEAT, this::heartbeat);
    routes.on(SessionEndpoints.LIST, this::list);
    routes.on(SessionEndpoints.REVOKE, (r, c) -> end(c, r.pathParam("sessionId"), "not_found"));
    routes.on(SessionEndpoints.ADMIN_ANALYTICS, this::analytics);
    routes.on(SessionEndpoints.ADMIN_LIST, (r, c) -> sessions.offsetList(r, PAGE, MAX_PAGE,
        (conn, limit, offset) -> SESSIONS.page(conn, Scope.project(c.projectId()), limit, offset)));
  }

  private ApiResponse start(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Values values = SESSIONS.forCreate(request.jsonObject());
    JsonValue metadata = values.get("metadata");
    if (metadata != null && metadata.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new FieldErrors("invalid_input").add("metadata", "must be an object", "object", metadata).toException();
    }
    String sessionId = ((JsonString) values.get("session_id")).getString();
    Instant now = clock.instant();
    record Started(Row row, boolean created) {}
    Started started = locks.transaction(stores.db(), c -> {
      Optional<Row> existing = find(c, caller.projectId(), uid, sessionId);
      if (existing.isPresent()) {
        return new Started(existing.get(), false);
      }
      values.set("app_user_id", JsonIo.string(uid)).set("started_at", Resource.stamp(now))
          .set("ip_address", forwardedFor(request));
      return new Started(SESSIONS.insert(c, Scope.project(caller.projectId()), values, now), true);
    }, caller.projectId(), uid, sessionId);
    if (!started.created()) {
      return ApiResponse.ok(SESSIONS.json(started.row()));
    }
    emit(caller.projectId(), uid, "session_started", JsonIo.object().add("session_id", sessionId)
        .add("platform", started.row().get("platform")).build());
    return ApiResponse.created(SESSIONS.json(started.row()));
  }

  /** Ends an open session, emitting {@code session_ended}; an ended one answers unchanged. */
  private ApiResponse end(Caller caller, String sessionId, String missingCode) throws SQLException {
    String uid = caller.requireUser();
    Instant now = clock.instant();
    record Ended(Row row, boolean changed) {}
    Ended ended = locks.transaction(stores.db(), c -> {
      Row current = find(c, caller.projectId(), uid, sessionId)
          .orElseThrow(() -> ApiException.notFound(missingCode, "no session with this session_id"));
      if (!current.isNull("ended_at")) {
        return new Ended(current, false);
      }
      Values v = SESSIONS.values().set("ended_at", Resource.stamp(now))
          .set("duration_seconds", Json.createValue(seconds(current, now)));
      return new Ended(SESSIONS.update(c, current, v, now), true);
    }, caller.projectId(), uid, sessionId);
    if (ended.changed()) {
      emit(caller.projectId(), uid, "session_ended", JsonIo.object().add("session_id", sessionId)
          .add("duration_seconds", ended.row().get("duration_seconds")).build());
    }
    return ApiResponse.ok(SESSIONS.json(ended.row()));
  }

  private ApiResponse heartbeat(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    String sessionId = sessionIdOf(request);
    Instant now = clock.instant();
    Row row = locks.transaction(stores.db(), c -> {
      Row current = find(c, caller.projectId(), uid, sessionId).filter(r -> r.isNull("ended_at"))
          .orElseThrow(() -> ApiException.notFound("update_failed", "no open session with this session_id"));
      return SESSIONS.update(c, current, SESSIONS.values().set("duration_seconds",
          Json.createValue(seconds(current, now))), now);
    }, caller.projectId(), uid, sessionId);
    return ApiResponse.ok(SESSIONS.json(row));
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    return sessions.offsetList(request, PAGE, MAX_PAGE, (c, limit, offset) ->
        SESSIONS.pageWhere(c, scope, SESSIONS.where().eq("app_user_id", uid), limit, offset));
  }

  private ApiResponse analytics(ApiRequest request, Caller caller) throws SQLException {
    String period = request.query("period") == null ? "7d" : request.query("period");
    Duration window = PERIODS.get(period);
    if (window == null) {
      throw ApiException.badRequest("invalid_period", "period must be one of 24h, 7d, 30d, 90d");
    }
    Instant now = clock.instant();
    Instant dayAgo = now.minus(Duration.ofHours(24));
    Instant since = now.minus(window);
    Scope scope = Scope.project(caller.projectId());
    List<Row> rows = stores.db().read(c -> SESSIONS.listWhere(c, scope, SESSIONS.where()
        .atLeast("started_at", Times.toSql(since.isBefore(dayAgo) ? since : dayAgo))));
    Set<String> daily = new HashSet<>();
    long total = 0;
    List<Long> durations = new ArrayList<>();
    for (Row r : rows) {
      Instant started = r.instant("started_at");
      if (!started.isBefore(dayAgo)) {
        daily.add(r.string("app_user_id"));
      }
      if (!started.isBefore(since)) {
        total++;
        if (!r.isNull("ended_at")) {
          durations.add(r.bigint("duration_seconds"));
        }
      }
    }
    durations.sort(null);
    double mean = durations.isEmpty() ? 0 : durations.stream().mapToLong(Long::longValue).sum()
        / (double) durations.size();
    long median = durations.isEmpty() ? 0 : durations.get((durations.size() - 1) / 2);
    return ApiResponse.ok(JsonIo.object().add("period", period).add("dau", daily.size())
        .add("total_sessions", total).add("avg_duration_seconds", Math.round(mean * 100) / 100.0)
        .add("median_duration_seconds", median).build());
  }

  /** The user's row of a session id; looked up by the id as given, never as a row id (a UUID session id stays the client's). */
  private static Optional<Row> find(Connection c, String projectId, String uid, String sessionId) throws SQLException {
    return SESSIONS.listWhere(c, Scope.project(projectId), SESSIONS.where().eq("app_user_id", uid)
        .eq("session_id", sessionId)).stream().findFirst();
  }

  private static String sessionIdOf(ApiRequest request) {
    return ((JsonString) REF_BODY.forCreate(request.jsonObject()).get("session_id")).getString();
  }

  private static long seconds(Row session, Instant now) {
    return Math.max(0, Duration.between(session.instant("started_at"), now).getSeconds());
  }

  private static JsonValue forwardedFor(ApiRequest request) {
    String header = request.header("X-Forwarded-For");
    if (header == null || header.isBlank()) {
      return JsonValue.NULL;
    }
    String first = header.split(",", 2)[0].trim();
    return first.isEmpty() || first.length() > 64 ? JsonValue.NULL : JsonIo.string(first);
  }

  /** Writes an M5 event into the user's stream at depth 1 (M4), which runs the pipeline for it. */
  private void emit(String projectId, String uid, String name, JsonObject properties) throws SQLException {
    stores.events().insert(projectId, List.of(new NewEvent(uid, name, properties, null, null)), 1);
  }
}
