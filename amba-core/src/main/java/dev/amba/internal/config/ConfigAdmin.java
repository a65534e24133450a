package dev.amba.internal.config;

import dev.amba.AmbaApiException;
import dev.amba.config.ConfigEntry;
import dev.amba.config.ConfigUpdate;
import dev.amba.config.NewConfigEntry;
import dev.amba.config.ProjectConfig;
import dev.amba.internal.Api;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ConfigEndpoints;
import dev.amba.internal.http.Scope;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Admin config CRUD, plus the anonymous read. Entries are decoded through JSON-P so that their
 * values have exactly the types {@link ConfigReader} gives.
 */
public final class ConfigAdmin implements ProjectConfig {

  private final ProjectCalls calls;
  private final ConfigReader anonymous;

  public ConfigAdmin(ProjectCalls calls) {
    this.calls = calls;
    this.anonymous = new ConfigReader(new UserCalls(calls.runtime(), Scope.CLIENT_KEY, calls.options()));
  }

  @Override
  public Map<String, Object> values() {
    return anonymous.values();
  }

  @Override
  public List<ConfigEntry> entries() {
    calls.runtime().requireServerKey("config().entries()");
    Api.Call call = calls.call(ConfigEndpoints.ADMIN_LIST);
    JsonArray data = call.data(JsonArray.class);
    List<ConfigEntry> entries = new ArrayList<>(data.size());
    for (JsonValue v : data) {
      entries.add(entry(v, call.path()));
    }
    return List.copyOf(entries);
  }

  @Override
  public ConfigEntry entry(String key) {
    ConfigKeys.check(key);
    calls.runtime().requireServerKey("config().entry()");
    Api.Call call = calls.call(ConfigEndpoints.ADMIN_GET, key);
    return entry(call.data(JsonObject.class), call.path());
  }

  @Override
  public ConfigEntry create(NewConfigEntry entry) {
    Objects.requireNonNull(entry, "entry");
    calls.runtime().requireServerKey("config().create()");
    Api.Call call = calls.call(ConfigEndpoints.ADMIN_CREATE);
    return entry(call.body(WireForms.of(entry)).data(JsonObject.class), call.path());
  }

  @Override
  public ConfigEntry update(String key, ConfigUpdate update) {
    ConfigKeys.check(key);
    Objects.requireNonNull(update, "update");
    if (WireForms.of(update).isEmpty()) {
      throw new IllegalArgumentException("update: set at least one of value, valueType, description");
    }
    calls.runtime().requireServerKey("config().update()");
    Api.Call call = calls.call(ConfigEndpoints.ADMIN_UPDATE, key);
    return entry(call.body(WireForms.of(update)).data(JsonObject.class), call.path());
  }

  @Override
  public void delete(String key) {
    ConfigKeys.check(key);
    calls.runtime().requireServerKey("config().delete()");
    calls.call(ConfigEndpoints.ADMIN_DELETE, key)
        .noContent();
  }

  private static ConfigEntry entry(JsonValue value, String path) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw unexpected(path, "a config entry is not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    return new ConfigEntry(text(o, "key"), JsonValues.toJava(o.get("value")), text(o, "value_type"),
        text(o, "description"), instant(o, "created_at", path), instant(o, "updated_at", path));
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static Instant instant(JsonObject o, String name, String path) {
    String s = text(o, name);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw unexpected(path, name + " is not an ISO-8601 time");
    }
  }

  private static AmbaApiException unexpected(String path, String what) {
    return new AmbaApiException(200, "unexpected_response", path + ": " + what, null, Map.of(), null);
  }
}
