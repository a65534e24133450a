package dev.amba.testkit.internal.streaks;

import dev.amba.internal.endpoint.StreakEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.DerivedEvent;
import dev.amba.testkit.internal.engagement.EngagementStage;
import dev.amba.testkit.internal.engagement.StoredEvent;
import dev.amba.testkit.internal.engagement.StreakReadings;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Streaks (amba-api-modules.md 12): definitions are plain kit CRUD; the users' rows change only by
 * the rules of 12.4, in {@link StreakBook}, on a qualification (manual, or any stored event named
 * as a definition's {@code qualifying_event}: M4 stage 1), a shield grant or a read.
 */
public final class StreakRoutes implements RouteModule {

  /** X: a grace period must end before the next period does (see {@link #graceFitsPeriod}). */
  static final int MAX_GRACE_HOURS = 167;
  static final int MAX_DAILY_GRACE_HOURS = 23;

  static final Resource DEFINITIONS = Resource.in("streak_definitions", Owner.PROJECT).withId()
      .field(
          Field.key("key"),
          Field.text("name").asRequired().withLength(1, 128)
              .withPattern(Pattern.compile("(?s).*\\S.*"), "must not be blank"),
          Field.text("description").withLength(0, 1024),
          Field.eventName("qualifying_event").asRequired(),
          Field.text("period").withValues("daily", "weekly").withDefault(Json.createValue("daily")),
          Field.integer("grace_period_hours").withRange(0, MAX_GRACE_HOURS).withDefault(Json.createValue(0)),
          Field.bool("freeze_enabled").withDefault(JsonValue.FALSE),
          Field.integer("max_freezes").withRange(0, 100).withDefault(Json.createValue(1)),
          Field.integer("freezes_per_n_events").withRange(1, 1000))
      .timestamps()
      .key("key")
      .orderBy("name")
      .notFound("not_found", "no streak with this id or key")
      .conflict("streak_exists", "a streak with this key already exists")
      .build();

  static final Resource USER_STREAKS = Resource.in("user_streaks", Owner.USER).withId()
      .field(
          Field.text("streak_definition_id").withLength(36, 36).asRequired().asServerSet(),
          Field.integer("current_count").asRequired().asServerSet(),
          Field.integer("longest_count").asRequired().asServerSet(),
          Field.timestamp("last_qualified_at").asServerSet(),
          Field.timestamp("current_period_start").asServerSet(),
          Field.integer("freezes_remaining").asRequired().asServerSet(),
          Field.text("status").withLength(1, 16).asRequired().asServerSet(),
          // The covered period as a local day of the user's zone; current_period_start is its start.
          Field.date("covered_on").asServerSet().offWire(),
          Field.timestamp(Resource.UPDATED_AT).asRequired().asServerSet())
      .key("streak_definition_id")
      .build();

  private static final Set<String> SHIELD_FIELDS = Set.of("count");

  private final Stores stores;
  private final Clock clock;
  private final Crud definitions;
  private final StreakBook book;

  public StreakRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.definitions = Crud.of(DEFINITIONS, stores, clock)
        .withRule(StreakRoutes::graceFitsPeriod)
        .withDeleteRule((c, row) -> USER_STREAKS.deleteWhere(c, row.projectId(), "streak_definition_id", row.id()));
    this.book = new StreakBook(stores, clock, DEFINITIONS, USER_STREAKS);
  }

  /** What other modules read of users' streaks, settled first; they take it through their constructors. */
  public StreakReadings readings() {
    return book;
  }

  @Override
  public List<Resource> resources() {
    return List.of(DEFINITIONS, USER_STREAKS);
  }

  @Override
  public List<EngagementStage> stages() {
    return List.of(new EngagementStage() {
      @Override
      public int step() {
        return 1;
      }

      @Override
      public void apply(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
        qualifyFor(event, emit);
      }
    });
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(StreakEndpoints.LIST, this::list);
    routes.on(StreakEndpoints.QUALIFY, this::qualify);
    routes.on(StreakEndpoints.ADMIN_CREATE, definitions.create());
    routes.on(StreakEndpoints.ADMIN_LIST, definitions.list());
    routes.on(StreakEndpoints.ADMIN_UPDATE, definitions.update("streakIdOrKey"));
    routes.on(StreakEndpoints.ADMIN_DELETE, definitions.delete("streakIdOrKey", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(StreakEndpoints.ADMIN_GRANT_SHIELD, this::grantShield);
  }

  /** M4 stage 1 (12.4 #7): the event qualifies every definition naming it, at the time it was received. */
  private void qualifyFor(StoredEvent event, Consumer<DerivedEvent> emit) throws SQLException {
    List<Row> named = stores.db().read(c ->
        DEFINITIONS.listWhere(c, Scope.project(event.projectId()), "qualifying_event", event.name()));
    for (Row definition : named) {
      book.qualify(event.projectId(), event.userId(), definition, event.receivedAt())
          .ifPresent(q -> q.milestones().forEach(emit));
    }
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    List<StreakBook.Standing> rows = book.settled(caller.projectId(), caller.requireUser());
    JsonArrayBuilder data = JsonIo.array();
    rows.stream()
        .sorted(Comparator.comparing((StreakBook.Standing s) -> s.definition().string("name"))
            .thenComparing(s -> s.definition().string("key")))
        .forEach(s -> data.add(json(s.row(), s.definition())));
    return ApiResponse.ok(data.build());
  }

  private ApiResponse qualify(ApiRequest request, Caller caller) throws SQLException {
    String idOrKey = request.pathParam("idOrKey");
    Row definition = stores.db().read(c -> DEFINITIONS.find(c, Scope.project(caller.projectId()), idOrKey))
        .orElseThrow(() -> new ApiException(404, "streak_not_found", "no streak with this id or key",
            JsonIo.object().add("hint", "an admin defines streaks with POST /v1/admin/projects/{projectId}/streaks;"
                + " the path takes the streak's id or its key").build()));
    StreakBook.Qualified q = book.qualify(caller.projectId(), caller.requireUser(), definition, clock.instant())
        .orElseThrow(() -> new IllegalStateException("the acting user was authenticated"));
    if (!q.milestones().isEmpty()) {
      // Written by the server outside a pipeline run, so each runs the stages as a depth-1 event (M4).
      List<NewEvent> events = q.milestones().stream()
          .map(d -> new NewEvent(caller.requireUser(), d.name(), d.properties(), null, null)).toList();
      stores.events().insert(caller.projectId(), events, 1);
    }
    JsonObject json = json(q.row(), definition);
    return q.created() ? ApiResponse.created(json) : ApiResponse.ok(json);
  }

  private ApiResponse grantShield(ApiRequest request, Caller caller) throws SQLException {
    int count = shieldCount(request.jsonObjectOrEmpty());
    String projectId = caller.projectId();
    String userId = request.pathParam("userId");
    stores.users().findInProject(projectId, userId)
        .orElseThrow(() -> ApiException.notFound("not_found", "no user with this id in the project"));
    Row definition = stores.db().read(c -> DEFINITIONS.require(c, Scope.project(projectId),
        request.pathParam("streakIdOrKey")));
    if (!definition.bool("freeze_enabled")) {
      throw ApiException.badRequest("freeze_disabled", "this streak has shields off; PATCH freeze_enabled first");
    }
    return ApiResponse.ok(json(book.grantShield(projectId, userId, definition, count), definition));
  }

  /** The grant body: {@code {count?}}, an integer of at least 1, 1 when absent. */
  private static int shieldCount(JsonObject body) {
    FieldErrors errors = new FieldErrors("invalid_input").unknownFields(body, SHIELD_FIELDS);
    JsonValue count = body.get("count");
    int n = 1;
    if (count != null && count.getValueType() != JsonValue.ValueType.NULL) {
      if (count instanceof JsonNumber number && number.isIntegral() && number.bigIntegerValue().signum() > 0) {
        n = number.bigIntegerValue().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
      } else {
        errors.add("count", "must be an integer of at least 1", "integer", count);
      }
    }
    errors.throwIfAny();
    return n;
  }

  /** 12.3 UserStreak: the row, its definition's key and name, and the nested object older readers take (M2). */
  private static JsonObject json(Row row, Row definition) {
    return USER_STREAKS.jsonBuilder(row)
        .add("key", definition.string("key"))
        .add("name", definition.string("name"))
        .add("streak_definitions", JsonIo.object()
            .add("name", definition.string("name"))
            .add("qualifying_event", definition.string("qualifying_event"))
            .add("period", definition.string("period")))
        .build();
  }

  /**
   * X: a daily streak's grace period is at most 23 hours and a weekly one's at most 167, so a
   * period is broken before a later one begins and one qualification never fills two missed
   * periods (12.4 #4 maps only the period just before). Checked on the merged settings, so a PATCH
   * of either field alone is held to it too.
   */
  private static void graceFitsPeriod(Connection c, Scope scope, Values values, Row current) {
    String period = values.has("period") ? ((JsonString) values.get("period")).getString() : current.string("period");
    int grace = values.has("grace_period_hours") ? ((JsonNumber) values.get("grace_period_hours")).intValue()
        : current.integer("grace_period_hours");
    if (period.equals("daily") && grace > MAX_DAILY_GRACE_HOURS) {
      throw new FieldErrors("invalid_input")
          .add("grace_period_hours", "must be at most " + MAX_DAILY_GRACE_HOURS + " for a daily streak")
          .toException();
    }
  }
}
