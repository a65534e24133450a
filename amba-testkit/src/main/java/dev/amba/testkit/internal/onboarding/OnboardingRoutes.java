package dev.amba.testkit.internal.onboarding;

import static dev.amba.testkit.internal.onboarding.OnboardingTables.FLOWS;
import static dev.amba.testkit.internal.onboarding.OnboardingTables.PROGRESS;

import dev.amba.internal.endpoint.OnboardingEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.SqlWork;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Onboarding (amba-api-modules.md 31): flows and progress declared on the kit, 31.4's progression
 * hand-written. Every change of a user's progress runs under that user's lock, so two {@code next}
 * calls at once move two steps, never one step twice.
 *
 * <p>X, beyond the protocol file: with no active flow every client route of 31.1's first table
 * answers 404 {@code no_active_onboarding_flow}, before {@code not_started}; {@code skip} and the
 * older skip leave a completed flow as it is; {@code complete} completes a skipped flow; a body that
 * names fields other than {@code answers} / {@code final_answers} is 400 {@code invalid_input};
 * answers of more than {@value #MAX_ANSWERS} characters as JSON are 400 {@code invalid_answers}; a
 * {@code next} without answers stores none for the step; progress reads against the flow's current
 * steps (a current step an update removed gives way to the first step not done); the older routes
 * take only an active flow of the project (404 {@code not_found} otherwise) and their
 * {@code advance} of a skipped flow is 409 {@code flow_skipped} as {@code next}; a deleted flow's
 * progress counts in no stats.
 */
public final class OnboardingRoutes implements RouteModule {

  static final String FINAL = "_final";
  static final int MAX_ANSWERS = 16_384;
  private static final String IN_PROGRESS = "in_progress";
  private static final String COMPLETED = "completed";
  private static final String SKIPPED = "skipped";

  private final Stores stores;
  private final Clock clock;
  private final Crud flows;
  private final KeyedLocks userLocks = new KeyedLocks();

  public OnboardingRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.flows = Crud.of(FLOWS, stores, clock).byIdOnly();
  }

  @Override
  public List<Resource> resources() {
    return List.of(FLOWS, PROGRESS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(OnboardingEndpoints.STATUS, this::status);
    routes.on(OnboardingEndpoints.NEXT, this::next);
    routes.on(OnboardingEndpoints.SKIP, this::skip);
    routes.on(OnboardingEndpoints.COMPLETE, this::complete);
    routes.on(OnboardingEndpoints.CURRENT, this::current);
    routes.on(OnboardingEndpoints.START, this::start);
    routes.on(OnboardingEndpoints.ADVANCE, this::advance);
    routes.on(OnboardingEndpoints.FLOW_SKIP, this::flowSkip);
    routes.on(OnboardingEndpoints.FLOW_COMPLETE, this::flowComplete);
    routes.on(OnboardingEndpoints.ADMIN_CREATE, this::createFlow);
    routes.on(OnboardingEndpoints.ADMIN_LIST, flows.list());
    routes.on(OnboardingEndpoints.ADMIN_GET, flows.get("flowId"));
    routes.on(OnboardingEndpoints.ADMIN_UPDATE, this::updateFlow);
    routes.on(OnboardingEndpoints.ADMIN_DELETE, flows.delete("flowId", Crud.DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(OnboardingEndpoints.ADMIN_STATS, this::stats);
  }

  // ---------------------------------------------------------------- client, primary flow (31.1)

  private ApiResponse status(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(db().read(c -> {
      Row flow = primary(c, user);
      return statusJson(flow, progress(c, user, flow).orElse(null));
    }));
  }

  /** 31.4 #2-#4: starts when needed, then finishes the current step. */
  private ApiResponse next(ApiRequest request, Caller caller) throws SQLException {
    JsonObject answers = answers(request, "answers");
    Scope user = user(caller);
    return ApiResponse.ok(locked(caller, c -> {
      Row flow = primary(c, user);
      Row row = progress(c, user, flow).orElse(null);
      if (row != null && row.string("status").equals(SKIPPED)) {
        throw new ApiException(409, "flow_skipped", "the user skipped this onboarding flow");
      }
      if (row == null) {
        row = startRow(c, user, flow, null);
      }
      return statusJson(flow, row.string("status").equals(COMPLETED) ? row : advanced(c, flow, row, answers));
    }));
  }

  private ApiResponse skip(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(locked(caller, c -> {
      Row flow = primary(c, user);
      Row row = progress(c, user, flow).orElseThrow(OnboardingRoutes::notStarted);
      return statusJson(flow, skipped(c, row));
    }));
  }

  /** 31.4 #5: every remaining step completed, {@code final_answers} under {@code _final}. */
  private ApiResponse complete(ApiRequest request, Caller caller) throws SQLException {
    JsonObject finalAnswers = answers(request, "final_answers");
    Scope user = user(caller);
    return ApiResponse.ok(locked(caller, c -> {
      Row flow = primary(c, user);
      Row row = progress(c, user, flow).orElseThrow(OnboardingRoutes::notStarted);
      return statusJson(flow, completed(c, flow, row, finalAnswers));
    }));
  }

  // ---------------------------------------------------------------- client, older per-flow routes (31.1)

  /** The newest active flow with the user's progress, or {@code null}. */
  private ApiResponse current(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(db().read(c -> {
      List<Row> active = activeFlows(c, user);
      if (active.isEmpty()) {
        return JsonValue.NULL;
      }
      Row flow = active.get(active.size() - 1);
      Optional<Row> row = progress(c, user, flow);
      return JsonIo.object().add("flow", FLOWS.json(flow))
          .add("progress", row.<JsonValue>map(this::progressJson).orElse(JsonValue.NULL)).build();
    }));
  }

  /** 31.4 #7: starts, or restarts with nothing completed and no answers. */
  private ApiResponse start(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.created(progressJson(locked(caller, c -> {
      Row flow = activeFlow(c, user, request);
      return startRow(c, user, flow, progress(c, user, flow).orElse(null));
    })));
  }

  private ApiResponse advance(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(progressJson(locked(caller, c -> {
      Row flow = activeFlow(c, user, request);
      Row row = progress(c, user, flow).orElseThrow(PROGRESS::notFound);
      if (row.string("status").equals(SKIPPED)) {
        throw new ApiException(409, "flow_skipped", "the user skipped this onboarding flow");
      }
      return row.string("status").equals(COMPLETED) ? row : advanced(c, flow, row, null);
    })));
  }

  private ApiResponse flowSkip(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(progressJson(locked(caller, c -> {
      Row flow = activeFlow(c, user, request);
      return skipped(c, progress(c, user, flow).orElseThrow(OnboardingRoutes::updateFailed));
    })));
  }

  private ApiResponse flowComplete(ApiRequest request, Caller caller) throws SQLException {
    Scope user = user(caller);
    return ApiResponse.ok(progressJson(locked(caller, c -> {
      Row flow = activeFlow(c, user, request);
      return completed(c, flow, progress(c, user, flow).orElseThrow(OnboardingRoutes::updateFailed), null);
    })));
  }

  // ---------------------------------------------------------------- admin (31.2)

  private ApiResponse createFlow(ApiRequest request, Caller caller) throws SQLException {
    Values values = FLOWS.forCreate(request.jsonObject());
    if (!values.has("steps")) {
      throw OnboardingSteps.missing();
    }
    values.set("steps", OnboardingSteps.canonical(values.get("steps")));
    Scope project = Scope.project(caller.projectId());
    return ApiResponse.created(FLOWS.json(db().transaction(c -> FLOWS.insert(c, project, values, clock.instant()))));
  }

  /** PATCH {@code name}, {@code steps} (replacing them), {@code is_active}. */
  private ApiResponse updateFlow(ApiRequest request, Caller caller) throws SQLException {
    Values values = FLOWS.forUpdate(request.jsonObject());
    if (values.has("steps")) {
      values.set("steps", OnboardingSteps.canonical(values.get("steps")));
    }
    Scope project = Scope.project(caller.projectId());
    String flowId = request.pathParam("flowId");
    return ApiResponse.ok(FLOWS.json(db().transaction(c ->
        FLOWS.update(c, FLOWS.requireById(c, project, flowId), values, clock.instant()))));
  }

  /** One entry per flow, oldest first: its users' progress rows by state. */
  private ApiResponse stats(ApiRequest request, Caller caller) throws SQLException {
    String projectId = caller.projectId();
    return ApiResponse.ok(db().read(c -> {
      JsonArrayBuilder out = JsonIo.array();
      for (Row flow : FLOWS.list(c, Scope.project(projectId))) {
        List<Row> rows = PROGRESS.listAcrossOwners(c, projectId, "flow_id", UUID.fromString(flow.id()));
        long done = rows.stream().filter(r -> r.string("status").equals(COMPLETED)).count();
        long skipped = rows.stream().filter(r -> r.string("status").equals(SKIPPED)).count();
        out.add(JsonIo.object().add("flow_id", flow.id()).add("flow_name", flow.get("name"))
            .add("total_started", rows.size()).add("total_completed", done).add("total_skipped", skipped)
            .add("completion_rate", rows.isEmpty() ? 0.0 : (double) done / rows.size()));
      }
      return out.build();
    }));
  }

  // ---------------------------------------------------------------- progression

  /** A new progress row on the first step, or {@code existing} reset to it (31.4 #7). */
  private Row startRow(Connection c, Scope user, Row flow, Row existing) throws SQLException {
    Values values = PROGRESS.values()
        .set("current_step", Json.createValue(steps(flow).get(0)))
        .set("completed_steps", JsonValue.EMPTY_JSON_ARRAY)
        .set("answers", JsonValue.EMPTY_JSON_OBJECT)
        .set("started_at", Resource.stamp(clock.instant()))
        .set("completed_at", JsonValue.NULL)
        .set("status", Json.createValue(IN_PROGRESS));
    if (existing != null) {
      return PROGRESS.update(c, existing, values, clock.instant());
    }
    values.set("flow_id", Json.createValue(flow.id()));
    return PROGRESS.insert(c, user, values, clock.instant());
  }

  /**
   * 31.4 #3: the current step joins the completed ones (its answers stored under its id), the
   * following step not done becomes current; with none left the flow is completed.
   */
  private Row advanced(Connection c, Row flow, Row row, JsonObject answers) throws SQLException {
    List<String> ids = steps(flow);
    List<String> done = completedSteps(row);
    String current = currentStep(ids, done, row);
    JsonObject stored = row.get("answers").asJsonObject();
    if (current != null) {
      done.add(current);
      if (answers != null) {
        stored = with(stored, current, answers);
      }
    }
    String following = null;
    int from = current == null ? 0 : ids.indexOf(current) + 1;
    for (int i = 0; i < ids.size() && following == null; i++) {
      String candidate = ids.get((from + i) % ids.size());
      if (!done.contains(candidate)) {
        following = candidate;
      }
    }
    Values values = PROGRESS.values().set("completed_steps", array(done)).set("answers", stored)
        .set("current_step", JsonIo.string(following));
    if (following == null) {
      values.set("status", Json.createValue(COMPLETED)).set("completed_at", Resource.stamp(clock.instant()));
    }
    return PROGRESS.update(c, row, values, clock.instant());
  }

  /** 31.4 #5: every step not done joins the completed ones, in flow order. */
  private Row completed(Connection c, Row flow, Row row, JsonObject finalAnswers) throws SQLException {
    if (row.string("status").equals(COMPLETED)) {
      return row;
    }
    List<String> done = completedSteps(row);
    for (String id : steps(flow)) {
      if (!done.contains(id)) {
        done.add(id);
      }
    }
    JsonObject stored = row.get("answers").asJsonObject();
    if (finalAnswers != null) {
      stored = with(stored, FINAL, finalAnswers);
    }
    return PROGRESS.update(c, row, PROGRESS.values().set("completed_steps", array(done)).set("answers", stored)
        .set("current_step", JsonValue.NULL).set("status", Json.createValue(COMPLETED))
        .set("completed_at", Resource.stamp(clock.instant())), clock.instant());
  }

  private Row skipped(Connection c, Row row) throws SQLException {
    if (!row.string("status").equals(IN_PROGRESS)) {
      return row;
    }
    return PROGRESS.update(c, row, PROGRESS.values().set("status", Json.createValue(SKIPPED)), clock.instant());
  }

  /** OnboardingStatus (31.3) of the flow for a user with {@code row} as progress, or none. */
  private static JsonObject statusJson(Row flow, Row row) {
    List<String> ids = steps(flow);
    JsonObjectBuilder out = JsonIo.object().add("flow_id", flow.id()).add("flow_name", flow.get("name"));
    if (row == null) {
      return out.add("current_step", ids.get(0)).add("completed_steps", JsonValue.EMPTY_JSON_ARRAY)
          .add("remaining_steps", array(ids)).add("completed", false).add("completed_at", JsonValue.NULL)
          .add("status", "not_started").build();
    }
    List<String> done = completedSteps(row);
    boolean completed = row.string("status").equals(COMPLETED);
    List<String> remaining = new ArrayList<>();
    if (!completed) {
      ids.stream().filter(id -> !done.contains(id)).forEach(remaining::add);
    }
    return out.add("current_step", completed ? JsonValue.NULL : JsonIo.string(currentStep(ids, done, row)))
        .add("completed_steps", array(done)).add("remaining_steps", array(remaining)).add("completed", completed)
        .add("completed_at", row.get("completed_at")).add("status", row.string("status")).build();
  }

  /** UserOnboarding (31.3), with its owner as {@code app_user_id}. */
  private JsonObject progressJson(Row row) {
    return PROGRESS.jsonBuilder(row).add("app_user_id", row.userId()).build();
  }

  /** The stored current step while it is still a step of the flow not done, else the first step not done. */
  private static String currentStep(List<String> ids, List<String> done, Row row) {
    String stored = row.string("current_step");
    if (stored != null && ids.contains(stored) && !done.contains(stored)) {
      return stored;
    }
    return ids.stream().filter(id -> !done.contains(id)).findFirst().orElse(null);
  }

  // ---------------------------------------------------------------- reads and checks

  /** 31.4 #1: the oldest active flow, or 404 {@code no_active_onboarding_flow}. */
  private static Row primary(Connection c, Scope user) throws SQLException {
    return activeFlows(c, user).stream().findFirst().orElseThrow(() -> ApiException.notFound(
        "no_active_onboarding_flow", "the project has no active onboarding flow"));
  }

  private static List<Row> activeFlows(Connection c, Scope user) throws SQLException {
    return FLOWS.listWhere(c, Scope.project(user.projectId()), "is_active", true);
  }

  private static Row activeFlow(Connection c, Scope user, ApiRequest request) throws SQLException {
    return FLOWS.findById(c, Scope.project(user.projectId()), request.pathParam("flowId"))
        .filter(f -> f.bool("is_active")).orElseThrow(FLOWS::notFound);
  }

  private static Optional<Row> progress(Connection c, Scope user, Row flow) throws SQLException {
    return PROGRESS.listWhere(c, user, "flow_id", UUID.fromString(flow.id())).stream().findFirst();
  }

  /** The body's {@code field}: absent or null is none; anything but an object is 400 {@code invalid_answers} (31.4 #6). */
  private static JsonObject answers(ApiRequest request, String field) {
    JsonObject body = request.jsonObjectOrEmpty();
    new FieldErrors("invalid_input").unknownFields(body, Set.of(field)).throwIfAny();
    JsonValue given = body.get(field);
    if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (given.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new FieldErrors("invalid_answers").wrongType(field, "object", given).toException();
    }
    if (JsonIo.write(given).length() > MAX_ANSWERS) {
      throw new FieldErrors("invalid_answers").add(field, "must be at most " + MAX_ANSWERS + " characters as JSON")
          .toException();
    }
    return given.asJsonObject();
  }

  private static List<String> steps(Row flow) {
    return OnboardingSteps.ids(flow.get("steps").asJsonArray());
  }

  private static List<String> completedSteps(Row row) {
    List<String> done = new ArrayList<>();
    row.get("completed_steps").asJsonArray().forEach(v -> done.add(((jakarta.json.JsonString) v).getString()));
    return done;
  }

  private static JsonArray array(List<String> values) {
    JsonArrayBuilder out = JsonIo.array();
    values.forEach(out::add);
    return out.build();
  }

  private static JsonObject with(JsonObject object, String key, JsonValue value) {
    JsonObjectBuilder out = JsonIo.object();
    object.forEach(out::add);
    return out.add(key, value).build();
  }

  private <T> T locked(Caller caller, SqlWork<T> work) throws SQLException {
    return userLocks.transaction(db(), work, caller.projectId(), caller.requireUser());
  }

  private static Scope user(Caller caller) {
    return Scope.user(caller.projectId(), caller.requireUser());
  }

  private static ApiException notStarted() {
    return ApiException.notFound("not_started", "the user has not started the onboarding flow");
  }

  private static ApiException updateFailed() {
    return ApiException.notFound("update_failed", "the user has not started this onboarding flow");
  }

  private Database db() {
    return stores.db();
  }
}
