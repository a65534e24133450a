package dev.amba.config;

import dev.amba.internal.WireForms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parts of a key to change; only those set are sent. Immutable. */
public final class ConfigUpdate {

  static {
    WireForms.register(ConfigUpdate.class, ConfigUpdate::fields);
  }

  private final Map<String, Object> fields;

  private ConfigUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  public static ConfigUpdate create() {
    return new ConfigUpdate(Map.of());
  }

  /** A new value, not null; without {@link #valueType} the service infers the type again. */
  public ConfigUpdate value(Object value) {
    return with("value", Objects.requireNonNull(value, "value"));
  }

  public ConfigUpdate valueType(String valueType) {
    if (valueType == null || valueType.isBlank()) {
      throw new IllegalArgumentException("valueType must not be blank");
    }
    return with("value_type", valueType);
  }

  /** A new description; null clears it. */
  public ConfigUpdate description(String description) {
    return with("description", description);
  }

  /** The wire fields, in the order they were set. */
  private Map<String, Object> fields() {
    return fields;
  }

  private ConfigUpdate with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return new ConfigUpdate(Collections.unmodifiableMap(f));
  }

  @Override
  public String toString() {
    return "ConfigUpdate" + fields.keySet();
  }
}
