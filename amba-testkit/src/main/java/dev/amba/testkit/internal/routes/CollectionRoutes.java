package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.CollectionEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.store.CollectionColumn;
import dev.amba.testkit.internal.store.CollectionDef;
import dev.amba.testkit.internal.store.CollectionErrors;
import dev.amba.testkit.internal.store.CollectionQuery;
import dev.amba.testkit.internal.store.CollectionType;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The acting user's rows (amba-api.md section 5.1). Every statement is limited to
 * {@code user_id = <acting user>}; a row of another user, a soft-deleted row and a row that never
 * existed all answer the same 404 {@code not_found}, so nothing leaks whether an id exists.
 */
public final class CollectionRoutes implements RouteModule {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Stores stores;

  public CollectionRoutes(Stores stores) {
    this.stores = stores;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(CollectionEndpoints.INSERT, this::insert);
    routes.on(CollectionEndpoints.FIND, this::find);
    routes.on(CollectionEndpoints.COUNT, this::count);
    routes.on(CollectionEndpoints.GET, this::get);
    routes.on(CollectionEndpoints.UPDATE, this::update);
    routes.on(CollectionEndpoints.DELETE, this::delete);
  }

  private ApiResponse insert(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    return ApiResponse.created(insert(stores, caller.projectId(), name, caller.requireUser(), UUID.randomUUID(),
        request.jsonObject()));
  }

  /**
   * Inserts {@code body} as a row of {@code uid} with the insert route's rules; a seed file's rows
   * come through here too, with the ids they were exported with.
   */
  public static JsonObject insert(Stores stores, String projectId, String name, String uid, UUID id, JsonObject body)
      throws SQLException {
    // The ownership check comes first: a row claimed for another user is refused whatever else is wrong with it.
    JsonValue claimed = body.get("user_id");
    if (!JsonFields.absent(claimed)
        && !(claimed.getValueType() == JsonValue.ValueType.STRING && ((JsonString) claimed).getString().equals(uid))) {
      throw ApiException.forbidden("as_user_mismatch", "the row's user_id is not the acting user");
    }
    return stores.collections().rows(projectId, name, def -> {
      FieldErrors unknown = new FieldErrors();
      FieldErrors violations = CollectionErrors.violations();
      Map<String, Object> values = convert(def, body, null, unknown, violations);
      for (CollectionColumn column : def.columns()) {
        if (!column.nullable() && !body.containsKey(column.name())) {
          violations.add(column.name(), "is required: the column is NOT NULL", column.type().wire(), null);
        }
      }
      unknown.throwIfAny();
      violations.throwIfAny();
      return stores.collections().insert(def, uid, id, values);
    });
  }

  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    UUID id = rowId(request);
    return stores.collections().read(caller.projectId(), name, def -> ApiResponse.ok(
        stores.collections().get(def, caller.requireUser(), id).orElseThrow(() -> noRow(def, id))));
  }

  private ApiResponse find(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    JsonObject options = options(request);
    return stores.collections().read(caller.projectId(), name, def -> {
      CollectionQuery query = CollectionQuery.forFind(options, def);
      List<JsonObject> rows = stores.collections().find(def, caller.requireUser(), query);
      boolean hasMore = rows.size() > query.limit();
      List<JsonObject> page = hasMore ? rows.subList(0, query.limit()) : rows;
      JsonArrayBuilder data = JsonIo.array();
      for (JsonObject row : page) {
        data.add(project(row, query.select()));
      }
      String next = hasMore ? query.cursorAfter(page.get(page.size() - 1)) : null;
      return ApiResponse.json(200, JsonIo.object()
          .add("data", data)
          .add("next_cursor", JsonIo.string(next))
          .add("has_more", hasMore)
          .build());
    });
  }

  private ApiResponse count(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    JsonObject options = options(request);
    return stores.collections().read(caller.projectId(), name, def -> {
      long n = stores.collections().count(def, caller.requireUser(), CollectionQuery.forCount(options, def));
      return ApiResponse.ok(JsonIo.object().add("count", n).build());
    });
  }

  private ApiResponse update(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    UUID id = rowId(request);
    JsonObject body = request.jsonObject();
    for (String key : body.keySet()) {
      if (!key.equals("set")) {
        throw CollectionErrors.invalid(key, "is not an update key; send {\"set\": {column: value}}");
      }
    }
    JsonValue set = body.get("set");
    if (set == null || set.getValueType() != JsonValue.ValueType.OBJECT || set.asJsonObject().isEmpty()) {
      throw CollectionErrors.invalid("set", "must be a non-empty object of column names to values");
    }
    return stores.collections().rows(caller.projectId(), name, def -> {
      FieldErrors unknown = new FieldErrors();
      FieldErrors violations = CollectionErrors.violations();
      Map<String, Object> values =
          convert(def, set.asJsonObject(), "is server-managed and cannot be set", unknown, violations);
      unknown.throwIfAny();
      violations.throwIfAny();
      return ApiResponse.ok(stores.collections().update(def, caller.requireUser(), id, values)
          .orElseThrow(() -> noRow(def, id)));
    });
  }

  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    UUID id = rowId(request);
    return stores.collections().rows(caller.projectId(), name, def -> {
      if (!stores.collections().softDelete(def, caller.requireUser(), id)) {
        throw noRow(def, id);
      }
      return ApiResponse.ok(JsonIo.object().add("id", id.toString()).add("deleted", true).build());
    });
  }

  /**
   * The SQL values of the user columns in {@code fields}; unknown names and unfit values are recorded.
   * A server-managed name is skipped, or a violation when {@code serverManaged} says why.
   */
  private static Map<String, Object> convert(CollectionDef def, JsonObject fields, String serverManaged,
      FieldErrors unknown, FieldErrors violations) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : fields.entrySet()) {
      String key = e.getKey();
      if (CollectionDef.isServerManaged(key)) {
        if (serverManaged != null) {
          violations.add(key, serverManaged);
        }
        continue;
      }
      CollectionColumn column = def.column(key);
      if (column == null) {
        unknown.add(key, "is not a column of collection " + def.name());
        continue;
      }
      convert(column, e.getValue(), values, violations);
    }
    return values;
  }

  /** A value for a user column, or a recorded violation; JSON null is SQL NULL where allowed. */
  private static void convert(CollectionColumn column, JsonValue value, Map<String, Object> values,
      FieldErrors violations) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (column.nullable()) {
        values.put(column.name(), null);
      } else {
        violations.add(column.name(), "must not be null: the column is NOT NULL", column.type().wire(), value);
      }
      return;
    }
    try {
      values.put(column.name(), column.type().toSql(value, column.dimension()));
    } catch (CollectionType.Mismatch m) {
      violations.add(column.name(), "must be " + m.expected() + " for a " + column.type() + " column",
          column.type().wire(), value);
    }
  }

  private static JsonObject options(ApiRequest request) {
    String text = request.query("query");
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonValue value = JsonIo.parse(text, "invalid_argument", "the query parameter");
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw CollectionErrors.invalid("query", "must be a JSON object");
    }
    return value.asJsonObject();
  }

  /** Ids are UUIDs; any other text names no row, and is never handed to SQL. */
  private static UUID rowId(ApiRequest request) {
    String id = request.pathParam("id");
    if (!UUID_TEXT.matcher(id).matches()) {
      throw CollectionErrors.notFound("no row with this id");
    }
    return UUID.fromString(id);
  }

  private static ApiException noRow(CollectionDef def, UUID id) {
    return CollectionErrors.notFound("no row " + id + " in collection " + def.name());
  }

  private static JsonObject project(JsonObject row, List<String> select) {
    if (select == null) {
      return row;
    }
    JsonObjectBuilder out = JsonIo.object();
    for (String column : select) {
      out.add(column, row.get(column));
    }
    return out.build();
  }
}
