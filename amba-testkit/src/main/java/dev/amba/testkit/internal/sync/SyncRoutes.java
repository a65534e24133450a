package dev.amba.testkit.internal.sync;

import dev.amba.internal.endpoint.SyncEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.routes.CollectionNaming;
import dev.amba.testkit.internal.store.CollectionColumn;
import dev.amba.testkit.internal.store.CollectionDef;
import dev.amba.testkit.internal.store.CollectionStore;
import dev.amba.testkit.internal.store.CollectionType;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sync (amba-api-modules.md 37) over the collections' own storage: a push replays a user's changes
 * onto its rows with the rules of section 5 (a user's changes reach only its own rows), a pull
 * reads the user's rows changed since a checkpoint. Nothing here bypasses the collection store:
 * every write is its insert, update or soft delete, under the collection's write lock share.
 */
public final class SyncRoutes implements RouteModule {

  static final int MAX_CHANGES = 500;
  static final int PAGE = 100;
  private static final String INVALID = "invalid_input";
  private static final Set<String> CHANGE_FIELDS = Set.of("entity_type", "entity_id", "action", "data",
      "client_timestamp");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Stores stores;

  public SyncRoutes(Stores stores) {
    this.stores = stores;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(SyncEndpoints.PUSH, this::push);
    routes.on(SyncEndpoints.PULL, this::pull);
  }

  /** A change that passed the batch check (37.3 #4). */
  private record Change(String entityType, UUID id, String action, JsonObject data, Instant clientTimestamp) {
    boolean is(String a) {
      return action.equals(a);
    }
  }

  /** What became of one change; {@code row} is the written row, or the server's row of a conflict. */
  private record Outcome(String status, JsonObject row) {
    static final Outcome SKIPPED = new Outcome("skipped", null);
    static final Outcome UNCHANGED = new Outcome("unchanged", null);
  }

  // ---------------------------------------------------------------- push

  private ApiResponse push(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors(INVALID);
    errors.unknownFields(body, Set.of("changes"));
    JsonValue list = body.get("changes");
    if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
      errors.wrongType("changes", "an array of changes", list);
      throw errors.toException();
    }
    JsonArray array = list.asJsonArray();
    // X (413): before any change is read, so an oversized batch costs nothing.
    if (array.size() > MAX_CHANGES) {
      throw new ApiException(413, "batch_too_large", "a push carries at most " + MAX_CHANGES + " changes, this one "
          + array.size() + "; push them in batches",
          JsonIo.object().add("max", MAX_CHANGES).add("received", array.size()).build());
    }
    Map<String, Optional<CollectionDef>> defs = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      changes.add(check(caller.projectId(), array.get(i), "changes[" + i + "].", defs, errors));
    }
    errors.throwIfAny();

    // Rows this batch wrote: a later change of the same batch builds on them, it does not conflict
    // with them (X), since the client made both before either reached the server.
    Set<UUID> written = new HashSet<>();
    int applied = 0;
    JsonObject newest = null;
    JsonArrayBuilder conflicts = JsonIo.array();
    JsonArrayBuilder results = JsonIo.array();
    for (Change c : changes) {
      Outcome outcome = apply(caller.projectId(), uid, c, written);
      if (outcome.status().equals("applied")) {
        applied++;
        written.add(c.id());
        newest = newest == null || later(outcome.row(), newest) ? outcome.row() : newest;
      } else if (outcome.status().equals("conflict")) {
        conflicts.add(JsonIo.object().add("entity_type", c.entityType()).add("entity_id", c.id().toString())
            .add("resolution", "server_wins").add("server_data", outcome.row()));
      }
      results.add(JsonIo.object().add("entity_type", c.entityType()).add("entity_id", c.id().toString())
          .add("status", outcome.status()));
    }
    return ApiResponse.ok(JsonIo.object()
        .add("applied", applied)
        .add("conflicts", conflicts)
        .add("checkpoint_token", JsonIo.string(newest == null ? null : token(newest)))
        .add("results", results)
        .build());
  }

  /** One change's problems, recorded under {@code at}; the change as far as it could be read. */
  private Change check(String projectId, JsonValue value, String at, Map<String, Optional<CollectionDef>> defs,
      FieldErrors errors) throws SQLException {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType(at.substring(0, at.length() - 1), "an object", value);
      return null;
    }
    JsonObject o = value.asJsonObject();
    errors.unknownFields(at, new TreeSet<>(o.keySet()), CHANGE_FIELDS, "is not a field of a change; expected one of");
    String type = JsonFields.string(o, at, "entity_type", true, errors);
    CollectionDef def = type == null ? null : collection(projectId, type, at + "entity_type", defs, errors);
    String idText = JsonFields.string(o, at, "entity_id", true, errors);
    UUID id = null;
    if (idText != null) {
      id = rowId(idText);
      if (id == null) {
        errors.add(at + "entity_id", "must be a row id, a UUID such as 123e4567-e89b-12d3-a456-426614174000");
      }
    }
    String action = JsonFields.string(o, at, "action", true, errors);
    if (action != null) {
      // The 4.x core's name for a create (37.2).
      action = action.equals("insert") ? "create" : action;
      if (!Set.of("create", "update", "delete").contains(action)) {
        errors.add(at + "action", "must be create, update or delete");
      }
    }
    String ts = JsonFields.string(o, at, "client_timestamp", true, errors);
    Instant clientTimestamp = ts == null ? null : Times.parseOrNull(ts);
    if (ts != null && clientTimestamp == null) {
      errors.add(at + "client_timestamp", "must be an ISO-8601 instant such as 2024-05-01T10:00:00Z");
    }
    JsonValue data = o.get("data");
    JsonObject columns = null;
    if (!JsonFields.absent(data)) {
      if (data.getValueType() == JsonValue.ValueType.OBJECT) {
        columns = data.asJsonObject();
      } else {
        errors.wrongType(at + "data", "an object of column names to values", data);
      }
    }
    boolean writes = "create".equals(action) || "update".equals(action);
    if (writes && columns == null && JsonFields.absent(data)) {
      errors.add(at + "data", "is required for a " + action + ": the columns to write");
    } else if ("update".equals(action) && columns != null && columns.isEmpty()) {
      errors.add(at + "data", "must set at least one column for an update");
    } else if (writes && def != null && columns != null) {
      cells(def, columns, at + "data.", "create".equals(action), errors);
    }
    // X: the data of a delete is not read; the row goes whatever it says.
    return new Change(type, id, action, columns, clientTimestamp);
  }

  private CollectionDef collection(String projectId, String name, String path, Map<String, Optional<CollectionDef>> defs,
      FieldErrors errors) throws SQLException {
    String problem = CollectionNaming.collectionProblem(name);
    if (problem != null) {
      errors.add(path, "collection name " + problem);
      return null;
    }
    Optional<CollectionDef> def = defs.get(name);
    if (def == null) {
      def = stores.collections().find(projectId, name);
      defs.put(name, def);
    }
    if (def.isEmpty()) {
      errors.add(path, "is not a collection of this project");
    }
    return def.orElse(null);
  }

  /**
   * The SQL values of a change's columns, with section 5's rules; problems recorded under {@code at}.
   * X: server-managed columns are refused, as in a PATCH's {@code set}, since a replay cannot set
   * them. A create must carry every NOT NULL column, even when it turns out to update a row.
   */
  private static Map<String, Object> cells(CollectionDef def, JsonObject data, String at, boolean whole,
      FieldErrors errors) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : data.entrySet()) {
      String name = e.getKey();
      CollectionColumn column = def.column(name);
      if (CollectionDef.isServerManaged(name)) {
        errors.add(at + name, "is server-managed and cannot be replayed");
      } else if (column == null) {
        errors.add(at + name, "is not a column of collection " + def.name());
      } else if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
        if (column.nullable()) {
          values.put(name, null);
        } else {
          errors.add(at + name, "must not be null: the column is NOT NULL", column.type().wire(), e.getValue());
        }
      } else {
        try {
          values.put(name, column.type().toSql(e.getValue(), column.dimension()));
        } catch (CollectionType.Mismatch m) {
          errors.add(at + name, "must be " + m.expected() + " for a " + column.type() + " column",
              column.type().wire(), e.getValue());
        }
      }
    }
    if (whole) {
      for (CollectionColumn column : def.columns()) {
        if (!column.nullable() && !data.containsKey(column.name())) {
          errors.add(at + column.name(), "is required: the column is NOT NULL", column.type().wire(), null);
        }
      }
    }
    return values;
  }

  private Outcome apply(String projectId, String uid, Change c, Set<UUID> written) throws SQLException {
    try {
      return stores.collections().rows(projectId, c.entityType(), def -> apply(def, uid, c, written));
    } catch (ApiException e) {
      // Dropped since the check, or a unique index the values would break: each change stands
      // alone (37.3 #4), so this one is skipped and the rest go on (X).
      if (e.code().equals("collection_not_found") || e.code().equals("unique_violation")) {
        return Outcome.SKIPPED;
      }
      throw e;
    }
  }

  /** 37.3 #2 and #3 for one change, on the collection's current definition. */
  private Outcome apply(CollectionDef def, String uid, Change c, Set<UUID> written) throws SQLException {
    CollectionStore store = stores.collections();
    Map<String, Object> values = Map.of();
    if (!c.is("delete")) {
      FieldErrors late = new FieldErrors(INVALID);
      values = cells(def, c.data(), "", c.is("create"), late);
      if (late.size() > 0) {
        // The schema changed between the batch check and this change.
        return Outcome.SKIPPED;
      }
    }
    Optional<JsonObject> found = store.anyRow(def, c.id());
    if (found.isEmpty()) {
      return c.is("create") ? new Outcome("applied", store.insert(def, uid, c.id(), values)) : Outcome.SKIPPED;
    }
    JsonObject row = found.get();
    // Another user's row, or one deleted already: not the user's to change, and not a conflict.
    if (!uid.equals(row.getString("user_id")) || !row.isNull("deleted_at")) {
      return Outcome.SKIPPED;
    }
    // The guard makes the conflict check and the write one statement (null: this batch wrote the row).
    Instant guard = written.contains(c.id()) ? null : c.clientTimestamp();
    if (c.is("delete")) {
      if (guard != null && updatedAt(row).isAfter(guard)) {
        return new Outcome("conflict", row);
      }
      return store.softDelete(def, uid, c.id(), guard)
          ? new Outcome("applied", store.anyRow(def, c.id()).orElseThrow()) : afterRace(def, uid, c.id());
    }
    // X: a change that would leave the row as it is (a replay of one already applied) is
    // answered unchanged, neither applied nor a conflict, whatever its timestamp.
    if (holds(def, row, values)) {
      return Outcome.UNCHANGED;
    }
    if (guard != null && updatedAt(row).isAfter(guard)) {
      return new Outcome("conflict", row);
    }
    Optional<JsonObject> updated = store.update(def, uid, c.id(), values, guard);
    return updated.isPresent() ? new Outcome("applied", updated.get()) : afterRace(def, uid, c.id());
  }

  /** A guarded write that found no row: it changed or went since it was read. */
  private Outcome afterRace(CollectionDef def, String uid, UUID id) throws SQLException {
    Optional<JsonObject> now = stores.collections().anyRow(def, id);
    return now.isPresent() && now.get().isNull("deleted_at") && uid.equals(now.get().getString("user_id"))
        ? new Outcome("conflict", now.get()) : Outcome.SKIPPED;
  }

  /** Whether every value of {@code values} is the row's already, compared as the column stores them. */
  private static boolean holds(CollectionDef def, JsonObject row, Map<String, Object> values) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      CollectionColumn column = def.column(e.getKey());
      JsonValue stored = row.get(e.getKey());
      Object current;
      try {
        current = stored == null || stored.getValueType() == JsonValue.ValueType.NULL ? null
            : column.type().toSql(stored, column.dimension());
      } catch (CollectionType.Mismatch m) {
        return false;
      }
      Object wanted = e.getValue();
      boolean same = current instanceof BigDecimal a && wanted instanceof BigDecimal b ? a.compareTo(b) == 0
          : Objects.deepEquals(current, wanted);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- pull

  private ApiResponse pull(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    FieldErrors errors = new FieldErrors(INVALID);
    String name = request.query("entity_type");
    CollectionDef def = null;
    if (name == null) {
      errors.add("entity_type", "is required: the collection to pull");
    } else {
      def = collection(caller.projectId(), name, "entity_type", new HashMap<>(), errors);
    }
    String token = request.query("checkpoint_token");
    JsonObject after = null;
    if (token != null) {
      after = fromToken(token);
      if (after == null) {
        errors.add("checkpoint_token", "is not a checkpoint this service answered");
      }
    }
    errors.throwIfAny();
    Instant at = after == null ? null : updatedAt(after);
    UUID afterId = after == null ? null : UUID.fromString(after.getString("id"));
    List<JsonObject> rows = stores.collections().read(caller.projectId(), def.name(),
        d -> stores.collections().changedSince(d, uid, at, afterId, PAGE + 1));
    boolean hasMore = rows.size() > PAGE;
    List<JsonObject> page = hasMore ? rows.subList(0, PAGE) : rows;
    JsonArrayBuilder changes = JsonIo.array();
    for (JsonObject row : page) {
      boolean deleted = !row.isNull("deleted_at");
      changes.add(JsonIo.object().add("entity_type", def.name()).add("entity_id", row.getString("id"))
          .add("action", deleted ? "delete" : "update")
          .add("data", deleted ? JsonIo.object().add("id", row.getString("id")).build() : row)
          .add("client_timestamp", row.getString("updated_at")));
    }
    String next = page.isEmpty() ? token : token(page.get(page.size() - 1));
    return ApiResponse.ok(JsonIo.object().add("changes", changes).add("checkpoint_token", JsonIo.string(next))
        .add("has_more", hasMore).build());
  }

  // ---------------------------------------------------------------- checkpoints

  /** X (37.3 #6): base64url, unpadded, of {@code <updated_at>|<id>}. */
  private static String token(JsonObject row) {
    String text = Times.format(updatedAt(row)) + "|" + row.getString("id");
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code {updated_at, id}} a token names, or null when this service did not make it. */
  private static JsonObject fromToken(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = text.indexOf('|');
      if (bar < 0 || rowId(text.substring(bar + 1)) == null) {
        return null;
      }
      JsonObject at = JsonIo.object().add("updated_at", Times.format(Instant.parse(text.substring(0, bar))))
          .add("id", text.substring(bar + 1)).build();
      // Only the exact text this service writes: a token is opaque, never hand-made.
      return token(at).equals(token) ? at : null;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Whether {@code a} comes after {@code b} in the pull's order: ({@code updated_at}, {@code id}),
   * ids compared as their lowercase text, which orders as the unsigned numbers H2 compares.
   */
  private static boolean later(JsonObject a, JsonObject b) {
    int byTime = updatedAt(a).compareTo(updatedAt(b));
    return byTime != 0 ? byTime > 0 : a.getString("id").compareTo(b.getString("id")) > 0;
  }

  private static Instant updatedAt(JsonObject row) {
    return Instant.parse(row.getString("updated_at"));
  }

  /** A canonical (lowercase) UUID, or null: row ids are never handed to SQL as other text. */
  private static UUID rowId(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return UUID_TEXT.matcher(lower).matches() ? UUID.fromString(lower) : null;
  }
}
