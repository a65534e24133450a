package dev.amba.testkit.internal.experiments;

import static dev.amba.testkit.internal.experiments.ExperimentTables.ACTIVE;
import static dev.amba.testkit.internal.experiments.ExperimentTables.ASSIGNMENTS;
import static dev.amba.testkit.internal.experiments.ExperimentTables.EXPERIMENTS;
import static dev.amba.testkit.internal.experiments.ExperimentTables.EXPOSURES;

import dev.amba.internal.endpoint.ExperimentEndpoints;
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
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Experiments (amba-api-modules.md 35): definitions are kit CRUD behind 35.2's own 400 codes; a
 * user's first assignment is drawn by 35.4 #1's hash under the lock of (experiment, user) and stored,
 * so two first calls at once store one row and answer the same variant; exposures append; results
 * are computed from the stored rows and the events table at each read.
 *
 * <p>X decisions beyond 35: at most {@value #MAX_VARIANTS} variants, a variant is exactly
 * {@code {key, weight}}; the admin list goes by key; the assignment answers exactly
 * {@code {experiment_key, variant}}; 422 {@code no_valid_variants} guards a definition without a
 * positive total weight (35.2's checks keep one from being written); an exposure's
 * {@code context} is a JSON object of at most {@value #MAX_CONTEXT_CHARS} characters, else 400
 * {@code invalid_input}; a conversion counts when the event was received (the server's clock, M3)
 * at or after the assignment; the results list the experiment's variants in order, then any
 * variant users still hold that the experiment no longer lists, by key; {@code conversion_rate} is
 * null without exposed users, and the control's {@code significant} is false.
 */
public final class ExperimentRoutes implements RouteModule {

  static final int MAX_VARIANTS = 20;
  static final int MAX_WEIGHT = 1_000_000;
  static final int MAX_CONTEXT_CHARS = 8192;
  private static final Set<String> STATUSES = Set.of(ACTIVE, "paused", "ended");
  private static final Set<String> VARIANT_FIELDS = Set.of("key", "weight");

  private final Stores stores;
  private final Clock clock;
  private final KeyedLocks locks = new KeyedLocks();
  private final Crud experiments;

  public ExperimentRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.experiments = Crud.of(EXPERIMENTS, stores, clock)
        .withDeleteRule((c, row) -> {
          ASSIGNMENTS.deleteWhere(c, row.projectId(), "experiment_id", row.id());
          EXPOSURES.deleteWhere(c, row.projectId(), "experiment_id", row.id());
        });
  }

  @Override
  public List<Resource> resources() {
    return List.of(EXPERIMENTS, ASSIGNMENTS, EXPOSURES);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ExperimentEndpoints.ASSIGNMENT, this::assignment);
    routes.on(ExperimentEndpoints.EXPOSE, this::expose);
    routes.on(ExperimentEndpoints.ADMIN_CREATE, (request, caller) -> {
      checkDefinition(request.jsonObject(), true);
      return experiments.create().handle(request, caller);
    });
    routes.on(ExperimentEndpoints.ADMIN_LIST, experiments.list());
    routes.on(ExperimentEndpoints.ADMIN_GET, experiments.get("key"));
    routes.on(ExperimentEndpoints.ADMIN_UPDATE, (request, caller) -> {
      checkDefinition(request.jsonObject(), false);
      return experiments.update("key").handle(request, caller);
    });
    routes.on(ExperimentEndpoints.ADMIN_DELETE, experiments.delete("key", DeleteAnswer.DELETED_MARKER, "id"));
    routes.on(ExperimentEndpoints.ADMIN_RESULTS, this::results);
  }

  // ---------------------------------------------------------------- 35.2's codes

  /** The fields 35.2 gives codes of their own; the kit's checks then judge the rest. */
  private static void checkDefinition(JsonObject body, boolean create) {
    // A PATCH naming the key is the kit's 400 immutable_field.
    JsonValue key = body.get("key");
    if (create && !(key instanceof JsonString s && Field.KEY.matcher(s.getString()).matches())) {
      throw new FieldErrors("invalid_key").add("key", Field.KEY_RULE, "a string", key).toException();
    }
    if (create || body.containsKey("name")) {
      JsonValue name = body.get("name");
      if (!(name instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 128) {
        throw new FieldErrors("invalid_name").add("name", "must be 1..128 characters, not blank", "a string", name)
            .toException();
      }
    }
    if (create || body.containsKey("variants")) {
      FieldErrors errors = new FieldErrors("invalid_variants");
      checkVariants(body.get("variants"), errors);
      errors.throwIfAny();
    }
    if (body.containsKey("status")) {
      JsonValue status = body.get("status");
      if (!(status instanceof JsonString s) || !STATUSES.contains(s.getString())) {
        throw new FieldErrors("invalid_status").add("status", "must be active, paused or ended", "a string", status)
            .toException();
      }
    }
  }

  private static void checkVariants(JsonValue value, FieldErrors errors) {
    if (!(value instanceof JsonArray list) || list.size() < 2 || list.size() > MAX_VARIANTS) {
      errors.add("variants", "must be an array of 2.." + MAX_VARIANTS + " variants {key, weight}, the first the control");
      return;
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "variants[" + i + "]";
      if (!(list.get(i) instanceof JsonObject v)) {
        errors.wrongType(at, "an object {key, weight}", list.get(i));
        continue;
      }
      errors.unknownFields(at + ".", new TreeSet<>(v.keySet()), VARIANT_FIELDS, "a variant takes only");
      if (!(v.get("key") instanceof JsonString k) || !Field.KEY.matcher(k.getString()).matches()) {
        errors.add(at + ".key", Field.KEY_RULE);
      } else if (!keys.add(k.getString())) {
        errors.add(at + ".key", "repeats the key of an earlier variant");
      }
      if (!(v.get("weight") instanceof JsonNumber w) || !w.isIntegral() || w.bigDecimalValue().signum() <= 0
          || w.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(MAX_WEIGHT)) > 0) {
        errors.add(at + ".weight", "must be an integer 1.." + MAX_WEIGHT);
      }
    }
  }

  // ---------------------------------------------------------------- assignment (35.4 #1-#3)

  private ApiResponse assignment(ApiRequest request, Caller caller) throws SQLException {
    String me = caller.requireUser();
    Row experiment = experiment(caller, request.pathParam("key"));
    Scope mine = Scope.user(caller.projectId(), me);
    Row row = locks.transaction(stores.db(), c -> {
      java.util.Optional<Row> stored = ASSIGNMENTS.find(c, mine, experiment.id());
      if (stored.isPresent()) {
        return stored.get();
      }
      Row current = EXPERIMENTS.requireById(c, Scope.project(caller.projectId()), experiment.id());
      String status = current.string("status");
      if (!ACTIVE.equals(status)) {
        throw new ApiException(409, "experiment_inactive", "the experiment is " + status
            + " and assigns no new users", JsonIo.object().add("status", status).build());
      }
      String variant = draw(me, current.string("key"), current.get("variants"));
      Values values = ASSIGNMENTS.values()
          .set("experiment_id", Json.createValue(current.id()))
          .set("experiment_key", Json.createValue(current.string("key")))
          .set("variant", Json.createValue(variant))
          .set("assigned_at", Resource.stamp(clock.instant()));
      return ASSIGNMENTS.insert(c, mine, values, clock.instant());
    }, caller.projectId(), experiment.id(), me);
    return ApiResponse.ok(JsonIo.object().add("experiment_key", row.string("experiment_key"))
        .add("variant", row.string("variant")).build());
  }

  /**
   * 35.4 #1: the first 8 bytes of SHA-256(user id, ':', key) as an unsigned integer, modulo the sum
   * of the weights, picks the first variant whose running total exceeds it.
   */
  static String draw(String userId, String experimentKey, JsonValue variants) {
    List<String> keys = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    long total = 0;
    if (variants instanceof JsonArray list) {
      for (JsonValue v : list) {
        JsonObject o = v.asJsonObject();
        long w = o.getJsonNumber("weight").longValue();
        if (w > 0) {
          keys.add(o.getString("key"));
          weights.add(w);
          total += w;
        }
      }
    }
    if (total <= 0) {
      throw new ApiException(422, "no_valid_variants", "the experiment has no variant with a positive weight");
    }
    long b = Long.remainderUnsigned(hash(userId + ":" + experimentKey), total);
    long running = 0;
    for (int i = 0; i < keys.size(); i++) {
      running += weights.get(i);
      if (running > b) {
        return keys.get(i);
      }
    }
    throw new IllegalStateException("unreachable: b < total");
  }

  private static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (digest[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  // ---------------------------------------------------------------- exposure (35.4 #4)

  private ApiResponse expose(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObjectOrEmpty();
    FieldErrors errors = new FieldErrors("invalid_input").unknownFields(body, Set.of("context"));
    JsonValue context = body.getOrDefault("context", JsonValue.NULL);
    if (context.getValueType() == JsonValue.ValueType.NULL) {
      context = JsonValue.EMPTY_JSON_OBJECT;
    } else if (context.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType("context", "an object", context);
    } else if (JsonIo.write(context).length() > MAX_CONTEXT_CHARS) {
      errors.add("context", "must be at most " + MAX_CONTEXT_CHARS + " characters of JSON");
    }
    errors.throwIfAny();
    String me = caller.requireUser();
    Row experiment = experiment(caller, request.pathParam("key"));
    Scope mine = Scope.user(caller.projectId(), me);
    JsonValue given = context;
    Row row = stores.db().transaction(c -> {
      Row assigned = ASSIGNMENTS.find(c, mine, experiment.id()).orElseThrow(() -> new ApiException(409,
          "no_assignment", "the user has no assignment in this experiment: ask for it first"));
      Values values = EXPOSURES.values()
          .set("experiment_id", Json.createValue(experiment.id()))
          .set("experiment_key", Json.createValue(experiment.string("key")))
          .set("variant", Json.createValue(assigned.string("variant")))
          .set("context", given)
          .set("exposed_at", Resource.stamp(clock.instant()));
      return EXPOSURES.insert(c, mine, values, clock.instant());
    });
    return ApiResponse.created(EXPOSURES.json(row));
  }

  private Row experiment(Caller caller, String key) throws SQLException {
    Scope project = Scope.project(caller.projectId());
    return stores.db().read(c -> EXPERIMENTS.require(c, project, key));
  }

  // ---------------------------------------------------------------- results (35.4 #5, #6)

  private ApiResponse results(ApiRequest request, Caller caller) throws SQLException {
    String event = request.query("conversion_event");
    if (event == null || !Field.EVENT_NAME.matcher(event).matches()) {
      throw new FieldErrors("invalid_conversion_event").add("conversion_event", Field.EVENT_NAME_RULE).toException();
    }
    Row experiment = experiment(caller, request.pathParam("key"));
    record Arm(Set<String> exposed, Set<String> converted) {}
    Map<String, Arm> arms = new LinkedHashMap<>();
    for (JsonValue v : experiment.get("variants").asJsonArray()) {
      arms.put(v.asJsonObject().getString("key"), new Arm(new HashSet<>(), new HashSet<>()));
    }
    stores.db().read(c -> {
      Map<String, Row> assignments = new LinkedHashMap<>();
      for (Row a : ASSIGNMENTS.listAcrossOwners(c, caller.projectId(), "experiment_id", experiment.id())) {
        assignments.put(a.userId(), a);
      }
      Set<String> held = new TreeSet<>();
      assignments.values().forEach(a -> held.add(a.string("variant")));
      held.forEach(k -> arms.computeIfAbsent(k, x -> new Arm(new HashSet<>(), new HashSet<>())));
      Set<String> exposedUsers = new LinkedHashSet<>();
      for (Row e : EXPOSURES.listAcrossOwners(c, caller.projectId(), "experiment_id", experiment.id())) {
        exposedUsers.add(e.userId());
      }
      for (String user : exposedUsers) {
        Row a = assignments.get(user);
        if (a == null) {
          continue;
        }
        Arm arm = arms.get(a.string("variant"));
        arm.exposed().add(user);
        if (convertedSince(c, caller.projectId(), user, event, a.instant("assigned_at"))) {
          arm.converted().add(user);
        }
      }
      return null;
    });
    String control = arms.keySet().iterator().next();
    Arm base = arms.get(control);
    JsonArrayBuilder variants = JsonIo.array();
    arms.forEach((key, arm) -> {
      long n = arm.exposed().size();
      long conv = arm.converted().size();
      JsonObjectBuilder v = JsonIo.object().add("key", key).add("exposed_users", n).add("converted_users", conv)
          .add("conversion_rate", n == 0 ? JsonValue.NULL : Json.createValue((double) conv / n));
      TwoProportionTest test = key.equals(control) ? new TwoProportionTest(null, null, null, false)
          : TwoProportionTest.of(base.converted().size(), base.exposed().size(), conv, n);
      variants.add(v.add("lift", number(test.lift())).add("z_score", number(test.zScore()))
          .add("p_value", number(test.pValue())).add("significant", test.significant()));
    });
    return ApiResponse.ok(JsonIo.object().add("experiment_key", experiment.string("key"))
        .add("conversion_event", event).add("control", control).add("variants", variants).build());
  }

  private static JsonValue number(Double value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  /** M3: an event received (server clock) at or after the assignment, derived ones included. */
  private static boolean convertedSince(Connection c, String projectId, String userId, String event, Instant since)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM events WHERE project_id = ? AND app_user_id = ? "
        + "AND event_name = ? AND received_at >= ? FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, projectId);
      ps.setString(2, userId);
      ps.setString(3, event);
      ps.setObject(4, Times.toSql(since));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
