package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.endpoint.Endpoints;
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
import dev.amba.testkit.internal.store.ConfigStore.ConfigChange;
import dev.amba.testkit.internal.store.ConfigStore.ConfigRow;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Remote config (amba-api.md section 9): admin CRUD by key, and the client read with an ETag so
 * that an unchanged config costs a 304 and no body.
 */
public final class ConfigRoutes implements RouteModule {
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,127}");
  private static final int MAX_DESCRIPTION = 1024;
  private static final Set<String> VALUE_TYPES = Set.of("string", "number", "boolean", "json");
  private static final Set<String> CREATE_FIELDS = Set.of("key", "value", "value_type", "description");
  private static final Set<String> UPDATE_FIELDS = Set.of("value", "value_type", "description");

  private final Stores stores;

  public ConfigRoutes(Stores stores) {
    this.stores = stores;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(Endpoints.CONFIG_VALUES, this::values);
    routes.on(Endpoints.ADMIN_CONFIG_CREATE, this::create);
    routes.on(Endpoints.ADMIN_CONFIG_LIST, this::list);
    routes.on(Endpoints.ADMIN_CONFIG_GET, this::get);
    routes.on(Endpoints.ADMIN_CONFIG_UPDATE, this::update);
    routes.on(Endpoints.ADMIN_CONFIG_DELETE, this::delete);
  }

  /** The same values for every caller: the emulator has no targeting rules. */
  private ApiResponse values(ApiRequest request, Caller caller) throws SQLException {
    JsonObjectBuilder values = JsonIo.object();
    for (ConfigRow row : stores.config().list(caller.projectId())) {
      values.add(row.key(), JsonIo.parse(row.valueJson(), "internal", "stored config value"));
    }
    JsonObject body = JsonIo.object().add("data", values).build();
    String etag = etag(body);
    if (matches(request.header(Headers.IF_NONE_MATCH), etag)) {
      // A 304 carries no body; json(304, null) is the bodiless answer with headers.
      return ApiResponse.json(304, null).header(Headers.ETAG, etag);
    }
    return ApiResponse.json(200, body).header(Headers.ETAG, etag);
  }

  private ApiResponse create(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, CREATE_FIELDS);
    String key = null;
    JsonValue keyValue = body.get("key");
    if (keyValue == null || keyValue.getValueType() != JsonValue.ValueType.STRING) {
      errors.add("key", "is required", "string", keyValue);
    } else if (!KEY.matcher(((JsonString) keyValue).getString()).matches()) {
      errors.add("key", "must start with a letter and use only A-Z a-z 0-9 _ . -, at most 128 characters");
    } else {
      key = ((JsonString) keyValue).getString();
    }
    JsonValue value = body.get("value");
    if (JsonFields.absent(value)) {
      errors.add("value", "is required and must not be null");
    }
    String type = valueType(body, errors);
    String description = description(body, errors);
    errors.throwIfAny();
    String finalType = checkType(value, type);
    ConfigRow row = stores.config().create(caller.projectId(), key, JsonIo.write(value), finalType,
        description).orElseThrow(() -> new ApiException(409, "config_exists",
            "config key already exists; PATCH it instead"));
    return ApiResponse.created(entry(row));
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    List<ConfigRow> rows = stores.config().list(caller.projectId());
    JsonArrayBuilder data = JsonIo.array();
    rows.forEach(r -> data.add(entry(r)));
    return ApiResponse.ok(data.build());
  }

  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    return ApiResponse.ok(entry(stores.config().find(caller.projectId(), key(request))
        .orElseThrow(ConfigRoutes::notFound)));
  }

  private ApiResponse update(ApiRequest request, Caller caller) throws SQLException {
    String key = key(request);
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, UPDATE_FIELDS);
    if (body.isEmpty()) {
      errors.add("$", "set at least one of value, value_type, description");
    }
    JsonValue value = body.get("value");
    if (value != null && value.getValueType() == JsonValue.ValueType.NULL) {
      errors.add("value", "must not be null; DELETE the key instead");
    }
    String type = valueType(body, errors);
    String description = description(body, errors);
    errors.throwIfAny();
    ConfigRow current = stores.config().find(caller.projectId(), key).orElseThrow(ConfigRoutes::notFound);
    JsonValue nextValue = value != null ? value : JsonIo.parse(current.valueJson(), "internal", "stored value");
    // A new value without a type is re-typed from itself; a type alone must fit the old value.
    String nextType = checkType(nextValue, type != null ? type : value != null ? null : current.valueType());
    ConfigChange change = new ConfigChange(value == null ? null : JsonIo.write(value), nextType,
        body.containsKey("description"), description);
    return ApiResponse.ok(entry(stores.config().update(caller.projectId(), key, change)
        .orElseThrow(ConfigRoutes::notFound)));
  }

  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    if (!stores.config().delete(caller.projectId(), key(request))) {
      throw notFound();
    }
    return ApiResponse.noContent();
  }

  private static String key(ApiRequest request) {
    String key = request.pathParam("key");
    if (!KEY.matcher(key).matches()) {
      // No such key can exist, so this is "not found", not a malformed request.
      throw notFound();
    }
    return key;
  }

  private static ApiException notFound() {
    return ApiException.notFound("config_not_found", "no config entry with this key");
  }

  /** The value's type: the declared one when it fits, else inferred; a mismatch is a 400. */
  private static String checkType(JsonValue value, String declared) {
    String inferred = switch (value.getValueType()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case TRUE, FALSE -> "boolean";
      default -> "json";
    };
    if (declared == null || declared.equals(inferred) || declared.equals("json")) {
      return declared == null ? inferred : declared;
    }
    throw new FieldErrors().add("value", "does not match value_type " + declared, declared, value)
        .toException();
  }

  private static String valueType(JsonObject body, FieldErrors errors) {
    JsonValue v = body.get("value_type");
    if (JsonFields.absent(v)) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.STRING || !VALUE_TYPES.contains(((JsonString) v).getString())) {
      errors.add("value_type", "must be one of " + new TreeSet<>(VALUE_TYPES));
      return null;
    }
    return ((JsonString) v).getString();
  }

  private static String description(JsonObject body, FieldErrors errors) {
    JsonValue v = body.get("description");
    if (JsonFields.absent(v)) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.STRING) {
      errors.wrongType("description", "string or null", v);
      return null;
    }
    String s = ((JsonString) v).getString();
    if (s.length() > MAX_DESCRIPTION) {
      errors.add("description", "must have at most " + MAX_DESCRIPTION + " characters");
      return null;
    }
    return s;
  }

  private static JsonObject entry(ConfigRow r) {
    return JsonIo.object()
        .add("key", r.key())
        .add("value", JsonIo.parse(r.valueJson(), "internal", "stored config value"))
        .add("value_type", r.valueType())
        .add("description", JsonIo.string(r.description()))
        .add("created_at", Times.format(r.createdAt()))
        .add("updated_at", Times.format(r.updatedAt()))
        .build();
  }

  /** A strong validator from the exact bytes served: equal configs give equal tags. */
  private static String etag(JsonObject body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(JsonIo.write(body).getBytes(StandardCharsets.UTF_8));
      return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** RFC 9110 If-None-Match: a list of tags or {@code *}, compared weakly. */
  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
