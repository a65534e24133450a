package dev.amba.testkit.internal.segments;

import static dev.amba.testkit.internal.segments.SegmentTables.SEGMENTS;

import dev.amba.internal.endpoint.SegmentEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Handler;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.segments.RuleTree.Subject;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Segments (amba-api-modules.md 36): kit CRUD over the segments table, the rules checked by
 * {@link RuleTree}, membership evaluated whenever it is asked (36.3 #6) over the users' facts
 * read by {@link Population}. The modules that scope by {@code segment_id} read membership through
 * {@link #segments()}.
 *
 * <p>X decisions beyond 36: a project's system segments (36.3 #5) are seeded as rows of the table
 * on its first use of anything segment-related, so they have ids, counts and timestamps like the
 * rest; {@code user_count} and {@code last_evaluated_at} are set when the rules are (create, a
 * PATCH with {@code rules}, the seeding) and by {@code evaluate}, and read as stored otherwise; a
 * segment may be deleted while stores, campaigns or content schedules name it: from then on it has
 * no members, so what it scoped is seen by no one (a store stays hidden, a campaign reaches no
 * token), and a users list or count naming it answers 404 {@code segment_not_found}.
 */
public final class SegmentRoutes implements RouteModule {

  /** 36.3 #5: the system segments, in the order a list shows them. */
  private record SystemSegment(String key, String name, String description, JsonObject rules) {}

  private static final List<SystemSegment> SYSTEM = List.of(
      new SystemSegment("all_users", "All Users", "Every user of the project", group()),
      new SystemSegment("active_7d", "Active (7d)", "Users seen in the last 7 days", seenWithin("last_seen_at", "7d")),
      new SystemSegment("active_30d", "Active (30d)", "Users seen in the last 30 days",
          seenWithin("last_seen_at", "30d")),
      new SystemSegment("new_users", "New Users", "Users first seen in the last 7 days",
          seenWithin("first_seen_at", "7d")));

  private final Stores stores;
  private final Clock clock;
  private final Crud segmentRows;
  private final Directory directory = new Directory();

  public SegmentRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.segmentRows = Crud.of(SEGMENTS, stores, clock).byIdOnly()
        .withRule(this::checkWrite)
        .withDeleteRule((c, row) -> refuseSystem(row));
  }

  /** Who belongs to which segment, for the stores, users, push, events and content modules. */
  public Segments segments() {
    return directory;
  }

  @Override
  public List<Resource> resources() {
    return List.of(SEGMENTS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(SegmentEndpoints.ADMIN_CREATE, seeded(segmentRows.create()));
    routes.on(SegmentEndpoints.ADMIN_LIST, seeded(segmentRows.list()));
    routes.on(SegmentEndpoints.ADMIN_GET, seeded(segmentRows.get("segmentId")));
    routes.on(SegmentEndpoints.ADMIN_UPDATE, seeded(segmentRows.update("segmentId")));
    routes.on(SegmentEndpoints.ADMIN_DELETE, seeded(segmentRows.delete("segmentId", DeleteAnswer.DELETED_MARKER,
        "id")));
    routes.on(SegmentEndpoints.ADMIN_EVALUATE, seeded((request, caller) -> {
      Scope scope = Scope.project(caller.projectId());
      Row row = stores.db().transaction(c -> {
        Row segment = segmentRows.require(c, scope, request.pathParam("segmentId"));
        Values counted = SEGMENTS.values();
        count(c, caller.projectId(), segment.get("rules").asJsonObject(), counted);
        return SEGMENTS.update(c, segment, counted, clock.instant());
      });
      return ApiResponse.ok(SEGMENTS.json(row));
    }));
  }

  // ---------------------------------------------------------------- writes

  private void checkWrite(Connection c, Scope scope, Values values, Row current) throws SQLException {
    if (current != null) {
      refuseSystem(current);
    } else {
      values.set("is_system", JsonValue.FALSE);
    }
    if (values.has("rules")) {
      RuleTree.check(values.get("rules"));
      count(c, scope.projectId(), values.get("rules").asJsonObject(), values);
    }
  }

  private static void refuseSystem(Row row) {
    if (row.bool("is_system")) {
      throw ApiException.forbidden("system_segment", "system segments cannot be changed or deleted");
    }
  }

  /** Sets {@code user_count} and {@code last_evaluated_at} from the users as they are now. */
  private void count(Connection c, String projectId, JsonObject rules, Values values) throws SQLException {
    Instant now = clock.instant();
    long members = 0;
    for (Subject s : Population.of(c, stores.users(), projectId, now)) {
      if (RuleTree.matches(rules, s, now)) {
        members++;
      }
    }
    values.set("user_count", Json.createValue(members));
    values.set("last_evaluated_at", Resource.stamp(now));
  }

  // ---------------------------------------------------------------- system segments

  private Handler seeded(Handler handler) {
    return (request, caller) -> {
      seed(caller.projectId());
      return handler.handle(request, caller);
    };
  }

  /** Adds the project's system segments unless it has them; a racing seeder's rows are kept. */
  private void seed(String projectId) throws SQLException {
    Scope scope = Scope.project(projectId);
    try {
      stores.db().transaction(c -> {
        if (!SEGMENTS.listWhere(c, scope, "system_key", SYSTEM.get(0).key()).isEmpty()) {
          return null;
        }
        for (SystemSegment s : SYSTEM) {
          Values values = SEGMENTS.values()
              .set("name", Json.createValue(s.name()))
              .set("description", Json.createValue(s.description()))
              .set("rules", s.rules())
              .set("is_system", JsonValue.TRUE)
              .set("system_key", Json.createValue(s.key()));
          count(c, projectId, s.rules(), values);
          SEGMENTS.insert(c, scope, values, clock.instant());
        }
        return null;
      });
    } catch (SQLException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
    } catch (ApiException e) {
      if (e.status() != 409) {
        throw e;
      }
    }
  }

  private static JsonObject group(JsonObject... conditions) {
    var list = Json.createArrayBuilder();
    for (JsonObject condition : conditions) {
      list.add(condition);
    }
    return Json.createObjectBuilder().add("operator", "AND").add("conditions", list).build();
  }

  private static JsonObject seenWithin(String field, String window) {
    return group(Json.createObjectBuilder().add("field", field).add("op", "within").add("value", window).build());
  }

  // ---------------------------------------------------------------- membership

  /** The {@link Segments} contract: a segment's members among the project's users as they are now. */
  private final class Directory implements Segments {

    @Override
    public boolean exists(String projectId, String segmentId) throws SQLException {
      return rules(projectId, segmentId).isPresent();
    }

    @Override
    public boolean contains(String projectId, String segmentId, String userId) throws SQLException {
      Optional<JsonObject> rules = rules(projectId, segmentId);
      if (rules.isEmpty() || userId == null) {
        return false;
      }
      Instant now = clock.instant();
      List<Subject> one = stores.db().read(c -> Population.ofUser(c, stores.users(), projectId, userId, now));
      return !one.isEmpty() && RuleTree.matches(rules.get(), one.get(0), now);
    }

    @Override
    public Set<String> members(String projectId, String segmentId) throws SQLException {
      Optional<JsonObject> rules = rules(projectId, segmentId);
      Set<String> members = new LinkedHashSet<>();
      if (rules.isEmpty()) {
        return members;
      }
      Instant now = clock.instant();
      for (Subject s : stores.db().read(c -> Population.of(c, stores.users(), projectId, now))) {
        if (RuleTree.matches(rules.get(), s, now)) {
          members.add(s.userId());
        }
      }
      return members;
    }

    private Optional<JsonObject> rules(String projectId, String segmentId) throws SQLException {
      if (segmentId == null) {
        return Optional.empty();
      }
      seed(projectId);
      return stores.db().read(c -> SEGMENTS.findById(c, Scope.project(projectId), segmentId))
          .map(row -> row.get("rules").asJsonObject());
    }
  }
}
