package dev.amba.testkit.internal.streaks;

import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The users' streak rows: every read and write settles them first (12.4 #3), so nothing needs a
 * timer. One user's rows change under that user's lock, so two qualifications arriving together
 * (a tracked event and a manual qualify, say) cannot both count the same period.
 */
final class StreakBook implements StreakReadings {

  /** M5: {@code streak_milestone} when {@code current_count} reaches one of these. */
  static final Set<Integer> MILESTONES = Set.of(3, 7, 14, 30, 50, 100, 365);
  static final String MILESTONE_EVENT = "streak_milestone";

  /** What one qualification did; {@code created} when it made the user's row (answered 201). */
  record Qualified(Row row, boolean created, List<DerivedEvent> milestones) {}

  /** A user's row and the definition it counts for. */
  record Standing(Row row, Row definition) {}

  private final Stores stores;
  private final Clock clock;
  private final Resource definitions;
  private final Resource rows;
  private final ReentrantLock[] stripes = new ReentrantLock[64];

  StreakBook(Stores stores, Clock clock, Resource definitions, Resource rows) {
    this.stores = stores;
    this.clock = clock;
    this.definitions = definitions;
    this.rows = rows;
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  @FunctionalInterface
  private interface UserWork<T> {
    T run(Connection c, Scope scope, ZoneId zone) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction under the user's lock; empty when the project has no such
   * user (an ingested event may name one that never signed up).
   */
  private <T> Optional<T> forUser(String projectId, String userId, UserWork<T> work) throws SQLException {
    Optional<UserRow> user = stores.users().findInProject(projectId, userId);
    if (user.isEmpty()) {
      return Optional.empty();
    }
    ZoneId zone = zone(user.get().timezone());
    ReentrantLock lock = stripes[Math.floorMod((projectId + '\n' + userId).hashCode(), stripes.length)];
    lock.lock();
    try {
      return Optional.of(stores.db().transaction(c -> work.run(c, Scope.user(projectId, userId), zone)));
    } finally {
      lock.unlock();
    }
  }

  /** M3: the profile's IANA zone; UTC without one, or for a name this JVM does not know. */
  private static ZoneId zone(String timezone) {
    if (timezone == null || timezone.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** #2 and #4 to #8: qualifies {@code definition} for the user at {@code t}, settling first. */
  Optional<Qualified> qualify(String projectId, String userId, Row definition, Instant t) throws SQLException {
    return forUser(projectId, userId, (c, scope, zone) -> {
      Row current = row(c, scope, definition.id());
      StreakState.Rules rules = rules(definition);
      StreakState before = current == null ? StreakState.unqualified(0) : state(current);
      StreakState settled = before.settle(rules, zone, t);
      StreakState after = settled.qualify(rules, zone, t);
      Row row = write(c, scope, definition, current, before, after, zone);
      List<DerivedEvent> milestones = new ArrayList<>();
      if (after.count() != settled.count() && MILESTONES.contains(after.count())) {
        milestones.add(new DerivedEvent(MILESTONE_EVENT, JsonIo.object()
            .add("streak_id", definition.id())
            .add("key", definition.string("key"))
            .add("count", after.count())
            .build()));
      }
      return new Qualified(row, current == null, List.copyOf(milestones));
    });
  }

  /**
   * Every row of the user with its definition, settled as of now; empty for an unknown user.
   * Rows whose definition is gone (deleted together with them) cannot be listed.
   */
  List<Standing> settled(String projectId, String userId) throws SQLException {
    Instant now = clock.instant();
    return forUser(projectId, userId, (c, scope, zone) -> {
      Map<String, Row> byId = new HashMap<>();
      for (Row d : definitions.list(c, Scope.project(projectId))) {
        byId.put(d.id(), d);
      }
      List<Standing> out = new ArrayList<>();
      for (Row row : rows.list(c, scope)) {
        Row definition = byId.get(row.string("streak_definition_id"));
        if (definition != null) {
          out.add(new Standing(settle(c, scope, definition, row, zone, now), definition));
        }
      }
      return out;
    }).orElse(List.of());
  }

  /** 12.2 grant-shield: settles, then adds shields up to the maximum; makes a count-0 row when absent. */
  Row grantShield(String projectId, String userId, Row definition, int count) throws SQLException {
    Instant now = clock.instant();
    return forUser(projectId, userId, (c, scope, zone) -> {
      Row current = row(c, scope, definition.id());
      StreakState before = current == null ? StreakState.unqualified(0) : state(current);
      StreakState after = before.settle(rules(definition), zone, now)
          .withShields(count, definition.integer("max_freezes"));
      return write(c, scope, definition, current, before, after, zone);
    }).orElseThrow(() -> new IllegalStateException("the route checks the user first"));
  }

  @Override
  public int longestCount(String projectId, String userId, String streakDefinitionId) throws SQLException {
    return counts(projectId, userId, streakDefinitionId, "longest_count");
  }

  @Override
  public int currentCount(String projectId, String userId, String streakDefinitionId) throws SQLException {
    return counts(projectId, userId, streakDefinitionId, "current_count");
  }

  /** The highest value of {@code field} among the user's settled rows, of one definition or all. */
  private int counts(String projectId, String userId, String definitionId, String field) throws SQLException {
    int best = 0;
    for (Standing s : settled(projectId, userId)) {
      if (definitionId == null || s.definition().id().equals(definitionId)) {
        best = Math.max(best, s.row().integer(field));
      }
    }
    return best;
  }

  @Override
  public String definitionId(String projectId, String idOrKey) throws SQLException {
    return stores.db().read(c -> definitions.find(c, Scope.project(projectId), idOrKey)).map(Row::id).orElse(null);
  }

  private Row row(Connection c, Scope scope, String definitionId) throws SQLException {
    List<Row> found = rows.listWhere(c, scope, "streak_definition_id", definitionId);
    return found.isEmpty() ? null : found.get(0);
  }

  private Row settle(Connection c, Scope scope, Row definition, Row row, ZoneId zone, Instant now)
      throws SQLException {
    StreakState before = state(row);
    return write(c, scope, definition, row, before, before.settle(rules(definition), zone, now), zone);
  }

  /** Stores {@code after} when it differs from what the row holds; inserts when there is no row. */
  private Row write(Connection c, Scope scope, Row definition, Row current, StreakState before,
      StreakState after, ZoneId zone) throws SQLException {
    if (current != null && after.equals(before)) {
      return current;
    }
    Values values = rows.values()
        .set("current_count", Json.createValue(after.count()))
        .set("longest_count", Json.createValue(after.longest()))
        .set("freezes_remaining", Json.createValue(after.freezes()))
        .set("status", Json.createValue(after.status()))
        .set("covered_on", after.covered() == null ? JsonValue.NULL : Json.createValue(after.covered().toString()))
        .set("current_period_start", after.covered() == null ? JsonValue.NULL
            : Resource.stamp(StreakState.Rules.start(after.covered(), zone)))
        .set("last_qualified_at", after.lastQualifiedAt() == null ? JsonValue.NULL
            : Resource.stamp(after.lastQualifiedAt()));
    Instant now = clock.instant();
    if (current == null) {
      values.set("streak_definition_id", Json.createValue(definition.id()));
      return rows.insert(c, scope, values, now);
    }
    return rows.update(c, current, values, now);
  }

  private static StreakState state(Row row) {
    String covered = row.string("covered_on");
    return new StreakState(row.integer("current_count"), row.integer("longest_count"),
        row.integer("freezes_remaining"), row.string("status"), covered == null ? null : LocalDate.parse(covered),
        row.instant("last_qualified_at"));
  }

  private static StreakState.Rules rules(Row definition) {
    return new StreakState.Rules("weekly".equals(definition.string("period")),
        Duration.ofHours(definition.integer("grace_period_hours")), definition.bool("freeze_enabled"),
        definition.integer("max_freezes"), definition.integer("freezes_per_n_events"));
  }
}
