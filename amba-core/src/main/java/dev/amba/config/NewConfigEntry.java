package dev.amba.config;

import dev.amba.internal.WireForms;
import dev.amba.internal.config.ConfigKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A key to create. Immutable: each method returns a new value. */
public final class NewConfigEntry {

  static {
    WireForms.register(NewConfigEntry.class, NewConfigEntry::fields);
  }

  private final Map<String, Object> fields;

  private NewConfigEntry(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * @param key 1..128 characters without whitespace
   * @param value a JSON-compatible value (string, number, boolean, list or map), not null
   */
  public static NewConfigEntry of(String key, Object value) {
    ConfigKeys.check(key);
    Objects.requireNonNull(value, "value");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", key);
    f.put("value", value);
    return new NewConfigEntry(Collections.unmodifiableMap(f));
  }

  /** Declares the type (see {@link ConfigValueType}); without it the service infers one from the value. */
  public NewConfigEntry valueType(String valueType) {
    if (valueType == null || valueType.isBlank()) {
      throw new IllegalArgumentException("valueType must not be blank");
    }
    return with("value_type", valueType);
  }

  public NewConfigEntry description(String description) {
    return with("description", Objects.requireNonNull(description, "description"));
  }

  public String key() {
    return (String) fields.get("key");
  }

  /** The wire body. */
  private Map<String, Object> fields() {
    return fields;
  }

  private NewConfigEntry with(String name, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put(name, value);
    return new NewConfigEntry(Collections.unmodifiableMap(f));
  }

  @Override
  public String toString() {
    return "NewConfigEntry{key=" + key() + ", fields=" + fields.keySet() + '}';
  }
}
