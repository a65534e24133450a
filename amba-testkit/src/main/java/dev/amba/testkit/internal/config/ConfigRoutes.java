package dev.amba.testkit.internal.config;

import dev.amba.internal.endpoint.ConfigEndpoints;
import dev.amba.internal.endpoint.Headers;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Remote config (amba-api.md section 9): admin CRUD by key, declared on the kit, and the client
 * read with an ETag so that an unchanged config costs a 304 and no body. The one hand-written
 * rule is the value type: declared when it fits the value, inferred from the value otherwise.
 */
public final class ConfigRoutes implements RouteModule {

  static final Resource ENTRIES = Resource.in("config_values", Owner.PROJECT)
      .field(
          Field.text("key").inColumn("config_key").asRequired().asImmutable().withLength(1, 128)
              .withPattern(Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*"),
                  "must start with a letter and use only A-Z a-z 0-9 _ . -, at most 128 characters"),
          Field.json("value").inColumn("config_value").asRequired(),
          Field.text("value_type").withValues("string", "number", "boolean", "json"),
          Field.text("description").withLength(0, 1024))
      .timestamps()
      .key("key")
      .orderBy("key")
      .notFound("config_not_found", "no config entry with this key")
      .conflict("config_exists", "config key already exists; PATCH it instead")
      .invalidCode("invalid_argument")
      .immutableCode("invalid_argument")
      .build();

  private final Stores stores;
  private final Crud entries;

  public ConfigRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.entries = Crud.of(ENTRIES, stores, clock).withRule(ConfigRoutes::typeTheValue);
  }

  @Override
  public List<Resource> resources() {
    return List.of(ENTRIES);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ConfigEndpoints.VALUES, this::values);
    routes.on(ConfigEndpoints.ADMIN_CREATE, entries.create());
    routes.on(ConfigEndpoints.ADMIN_LIST, entries.list());
    routes.on(ConfigEndpoints.ADMIN_GET, entries.get("key"));
    routes.on(ConfigEndpoints.ADMIN_UPDATE, entries.update("key"));
    routes.on(ConfigEndpoints.ADMIN_DELETE, entries.delete("key", DeleteAnswer.NO_CONTENT, "key"));
  }

  /** The same values for every caller: the emulator has no targeting rules. */
  private ApiResponse values(ApiRequest request, Caller caller) throws java.sql.SQLException {
    JsonObjectBuilder values = JsonIo.object();
    for (Row row : stores.db().read(c -> ENTRIES.list(c, Scope.project(caller.projectId())))) {
      values.add(row.string("key"), row.get("value"));
    }
    JsonObject body = JsonIo.object().add("data", values).build();
    String etag = etag(body);
    if (matches(request.header(Headers.IF_NONE_MATCH), etag)) {
      // A 304 carries no body; json(304, null) is the bodiless answer with headers.
      return ApiResponse.json(304, null).header(Headers.ETAG, etag);
    }
    return ApiResponse.json(200, body).header(Headers.ETAG, etag);
  }

  /**
   * A new value without a type is typed from itself; a type alone must fit the stored value; a
   * declared type that does not fit the value is a 400.
   */
  private static void typeTheValue(java.sql.Connection c, Scope scope, Values values, Row current) {
    JsonValue value = values.has("value") ? values.get("value") : current.get("value");
    JsonValue declared = values.get("value_type");
    String type = declared != null && declared.getValueType() == JsonValue.ValueType.STRING
        ? ((JsonString) declared).getString()
        : values.has("value") || current == null ? null : current.string("value_type");
    String inferred = switch (value.getValueType()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case TRUE, FALSE -> "boolean";
      default -> "json";
    };
    if (type != null && !type.equals(inferred) && !type.equals("json")) {
      throw new FieldErrors().add("value", "does not match value_type " + type, type, value).toException();
    }
    values.set("value_type", Json.createValue(type == null ? inferred : type));
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
