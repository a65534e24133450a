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
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.store.CollectionColumn;
import dev.amba.testkit.internal.store.CollectionDef;
import dev.amba.testkit.internal.store.CollectionErrors;
import dev.amba.testkit.internal.store.CollectionIndex;
import dev.amba.testkit.internal.store.CollectionStore;
import dev.amba.testkit.internal.store.CollectionType;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Collection schemas (amba-api.md section 5.2), with the project's server key. */
public final class CollectionAdminRoutes implements RouteModule {
  private static final Set<String> DEFINE_KEYS = Set.of("name", "columns", "indexes");
  private static final Set<String> COLUMN_KEYS = Set.of("name", "type", "nullable", "dimension");
  private static final Set<String> INDEX_KEYS = Set.of("columns", "unique");
  private static final Set<String> CHANGES = Set.of("add_column", "add_index", "drop_column");
  private static final int MAX_COLUMNS = 200;
  private static final int MAX_INDEXES = 50;
  private static final int MAX_INDEX_COLUMNS = 16;

  private final Stores stores;

  public CollectionAdminRoutes(Stores stores) {
    this.stores = stores;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(CollectionEndpoints.ADMIN_CREATE, this::define);
    routes.on(CollectionEndpoints.ADMIN_LIST, this::list);
    routes.on(CollectionEndpoints.ADMIN_GET, this::describe);
    routes.on(CollectionEndpoints.ADMIN_UPDATE, this::change);
    routes.on(CollectionEndpoints.ADMIN_DELETE, this::drop);
  }

  private ApiResponse define(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields("", body.keySet(), DEFINE_KEYS, "is not a collection field; expected one of");
    String name = null;
    JsonValue nameValue = body.get("name");
    if (nameValue == null || nameValue.getValueType() != JsonValue.ValueType.STRING) {
      errors.add("name", "is required and must be a string", "string", nameValue);
    } else {
      name = ((JsonString) nameValue).getString();
      String problem = CollectionNaming.collectionProblem(name);
      if (problem != null) {
        errors.add("name", problem);
      }
    }
    List<CollectionColumn> columns = new ArrayList<>();
    JsonValue columnsValue = body.get("columns");
    if (!JsonFields.absent(columnsValue)) {
      if (columnsValue.getValueType() != JsonValue.ValueType.ARRAY) {
        errors.wrongType("columns", "array", columnsValue);
      } else if (columnsValue.asJsonArray().size() > MAX_COLUMNS) {
        errors.add("columns", "a collection has at most " + MAX_COLUMNS + " columns");
      } else {
        Set<String> seen = new HashSet<>();
        JsonArray array = columnsValue.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          CollectionColumn c = column(array.get(i), "columns[" + i + "]", errors);
          if (c != null && !seen.add(c.name())) {
            errors.add("columns[" + i + "].name", "column " + c.name() + " is declared twice");
          } else if (c != null) {
            columns.add(c);
          }
        }
      }
    }
    List<CollectionIndex> indexes = new ArrayList<>();
    JsonValue indexesValue = body.get("indexes");
    if (!JsonFields.absent(indexesValue)) {
      if (indexesValue.getValueType() != JsonValue.ValueType.ARRAY) {
        errors.wrongType("indexes", "array", indexesValue);
      } else if (indexesValue.asJsonArray().size() > MAX_INDEXES) {
        errors.add("indexes", "a collection has at most " + MAX_INDEXES + " indexes");
      } else {
        // Indexes may name the server-managed columns and any column declared beside them.
        CollectionDef draft = new CollectionDef(0, caller.projectId(), name == null ? "x" : name, 1, null,
            columns, List.of(), 1);
        JsonArray array = indexesValue.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          CollectionIndex index = index(array.get(i), "indexes[" + i + "]", draft, errors);
          if (index != null) {
            indexes.add(index);
          }
        }
      }
    }
    errors.throwIfAny();
    CollectionDef def = stores.collections().define(caller.projectId(), name, columns, indexes);
    return ApiResponse.created(change(def));
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    OffsetLists.Window window = OffsetLists.window(request, "invalid_argument", "invalid_argument");
    return OffsetLists.answer(stores.collections().list(caller.projectId(), window.limit(), window.offset()), window,
        def -> JsonIo.object().add("name", def.name()).add("created_at", JsonIo.string(Times.format(def.createdAt())))
            .build());
  }

  private ApiResponse describe(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    CollectionDef def = stores.collections().find(caller.projectId(), name)
        .orElseThrow(() -> CollectionErrors.collectionNotFound(name));
    JsonArrayBuilder columns = JsonIo.array();
    for (CollectionColumn c : def.columns()) {
      JsonObjectBuilder o = JsonIo.object().add("name", c.name()).add("type", c.type().wire()).add("nullable", c.nullable());
      if (c.dimension() != null) {
        o.add("dimension", c.dimension());
      }
      columns.add(o);
    }
    JsonArrayBuilder indexes = JsonIo.array();
    for (CollectionIndex index : def.indexes()) {
      JsonArrayBuilder specs = JsonIo.array();
      index.columns().forEach(specs::add);
      indexes.add(JsonIo.object().add("columns", specs).add("unique", index.unique()));
    }
    return ApiResponse.ok(JsonIo.object()
        .add("name", def.name())
        .add("version", def.version())
        .add("created_at", JsonIo.string(Times.format(def.createdAt())))
        .add("columns", columns)
        .add("indexes", indexes)
        .build());
  }

  private ApiResponse change(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    JsonObject body = request.jsonObject();
    if (body.size() != 1 || !CHANGES.contains(body.keySet().iterator().next())) {
      throw CollectionErrors.invalid("$", "send exactly one of " + new TreeSet<>(CHANGES));
    }
    String kind = body.keySet().iterator().next();
    JsonValue value = body.get(kind);
    CollectionStore store = stores.collections();
    switch (kind) {
      case "add_column": {
        FieldErrors errors = new FieldErrors();
        CollectionColumn column = column(value, "add_column", errors);
        errors.throwIfAny();
        return ApiResponse.ok(change(store.schema(caller.projectId(), name, def -> store.addColumn(def, column))));
      }
      case "add_index":
        return ApiResponse.ok(change(store.schema(caller.projectId(), name, def -> {
          FieldErrors errors = new FieldErrors();
          CollectionIndex index = index(value, "add_index", def, errors);
          errors.throwIfAny();
          return store.addIndex(def, index.columns(), index.unique());
        })));
      default: {
        String column = dropTarget(value);
        String confirm = request.query("confirm");
        if (!column.equals(confirm)) {
          throw ApiException.badRequest("confirmation_required",
              "dropping a column needs ?confirm=<the column name>");
        }
        if (CollectionDef.isServerManaged(column)) {
          throw CollectionErrors.invalid("drop_column", column + " is server-managed and cannot be dropped");
        }
        return ApiResponse.ok(change(store.schema(caller.projectId(), name, def -> {
          if (def.column(column) == null) {
            throw ApiException.notFound("column_not_found", "collection " + name + " has no column " + column);
          }
          return store.dropColumn(def, column);
        })));
      }
    }
  }

  private ApiResponse drop(ApiRequest request, Caller caller) throws SQLException {
    String name = CollectionNaming.pathName(request.pathParam("name"));
    if (!name.equals(request.query("confirm"))) {
      throw ApiException.badRequest("confirmation_required", "dropping a collection needs ?confirm=<its name>");
    }
    CollectionStore store = stores.collections();
    store.schema(caller.projectId(), name, def -> {
      store.drop(def);
      return null;
    });
    return ApiResponse.ok(JsonIo.object().add("name", name).add("deleted", true).build());
  }

  private static JsonObject change(CollectionDef def) {
    return JsonIo.object().add("name", def.name()).add("version", def.version()).add("status", "applied").build();
  }

  /** A column declaration, or null after recording what is wrong with it. */
  private static CollectionColumn column(JsonValue value, String at, FieldErrors errors) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType(at, "object", value);
      return null;
    }
    int before = errors.size();
    JsonObject o = value.asJsonObject();
    errors.unknownFields(at + ".", o.keySet(), COLUMN_KEYS, "is not a column field; expected one of");
    String name = null;
    JsonValue n = o.get("name");
    if (n == null || n.getValueType() != JsonValue.ValueType.STRING) {
      errors.add(at + ".name", "is required and must be a string", "string", n);
    } else {
      name = ((JsonString) n).getString();
      String problem = CollectionNaming.columnProblem(name);
      if (problem != null) {
        errors.add(at + ".name", problem);
      } else if (CollectionDef.isServerManaged(name)) {
        errors.add(at + ".name", name + " is server-managed; every collection has it already");
      }
    }
    CollectionType type = null;
    JsonValue t = o.get("type");
    if (t == null || t.getValueType() != JsonValue.ValueType.STRING) {
      errors.add(at + ".type", "is required and must be a string", "string", t);
    } else {
      type = CollectionType.fromWire(((JsonString) t).getString());
      if (type == null) {
        errors.add(at + ".type", "must be one of uuid, text, integer, bigint, numeric, boolean, timestamptz, date, "
            + "jsonb, vector");
      }
    }
    boolean nullable = JsonFields.bool(o, at + ".", "nullable", errors);
    Integer dimension = null;
    JsonValue d = o.get("dimension");
    boolean hasDimension = !JsonFields.absent(d);
    if (type == CollectionType.VECTOR) {
      if (!hasDimension || d.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) d).isIntegral()
          || ((JsonNumber) d).bigDecimalValue().compareTo(java.math.BigDecimal.ONE) < 0
          || ((JsonNumber) d).bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(CollectionType.MAX_DIMENSION)) > 0) {
        errors.add(at + ".dimension", "a vector column needs a dimension from 1 to " + CollectionType.MAX_DIMENSION);
      } else {
        dimension = ((JsonNumber) d).intValue();
      }
    } else if (hasDimension && type != null) {
      errors.add(at + ".dimension", "only vector columns have a dimension");
    }
    return errors.size() == before ? new CollectionColumn(name, type, nullable, dimension) : null;
  }

  /** An index declaration over the columns of {@code def}, or null after recording errors. */
  private static CollectionIndex index(JsonValue value, String at, CollectionDef def, FieldErrors errors) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType(at, "object", value);
      return null;
    }
    int before = errors.size();
    JsonObject o = value.asJsonObject();
    errors.unknownFields(at + ".", o.keySet(), INDEX_KEYS, "is not an index field; expected one of");
    List<String> specs = new ArrayList<>();
    JsonValue cols = o.get("columns");
    if (cols == null || cols.getValueType() != JsonValue.ValueType.ARRAY || cols.asJsonArray().isEmpty()
        || cols.asJsonArray().size() > MAX_INDEX_COLUMNS) {
      errors.add(at + ".columns", "must be an array of 1 to " + MAX_INDEX_COLUMNS + " column names");
    } else {
      Set<String> seen = new HashSet<>();
      JsonArray array = cols.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        String path = at + ".columns[" + i + "]";
        if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
          errors.wrongType(path, "string", array.get(i));
          continue;
        }
        String spec = ((JsonString) array.get(i)).getString();
        String column = CollectionIndex.columnOf(spec);
        String direction = spec.length() > column.length() ? spec.substring(column.length() + 1) : "asc";
        CollectionColumn c = def.column(column);
        if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
          errors.add(path, "must be a column name, optionally followed by \" asc\" or \" desc\"");
        } else if (c == null) {
          errors.add(path, "is not a column of the collection");
        } else if (!c.type().comparable()) {
          errors.add(path, "a " + c.type() + " column cannot be indexed");
        } else if (!seen.add(column)) {
          errors.add(path, "names " + column + " twice");
        } else {
          specs.add(column + (spec.length() > column.length() ? " " + direction.toLowerCase(Locale.ROOT) : ""));
        }
      }
    }
    boolean unique = JsonFields.bool(o, at + ".", "unique", errors);
    return errors.size() == before ? new CollectionIndex("", specs, unique) : null;
  }

  private static String dropTarget(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      return ((JsonString) value).getString();
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().size() == 1
        && value.asJsonObject().get("name") instanceof JsonString s) {
      return s.getString();
    }
    throw CollectionErrors.invalid("drop_column", "must be the column name, or {\"name\": <column>}");
  }
}
