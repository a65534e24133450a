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

  /**
   * An update that changes nothing yet; set at least one part before sending it.
   *
   * @return an empty update
   */
  public static ConfigUpdate create() {
    return new ConfigUpdate(Map.of());
  }

  /**
   * A new value, not null; without {@link #valueType} the service infers the type again.
   *
   * @param value the new JSON-compatible value (string, number, boolean, list or map)
   * @return a copy of this update with the value set
   * @throws NullPointerException if {@code value} is null
   */
  public ConfigUpdate value(Object value) {
    return with("value", Objects.requireNonNull(value, "value"));
  }

  /**
   * A new declared type for the value.
   *
   * @param valueType the type's wire value, such as {@link ConfigValueType#NUMBER}; refused when
   *     null or blank
   * @return a copy of this update with the type set
   * @throws IllegalArgumentException if {@code valueType} is null or blank
   */
  public ConfigUpdate valueType(String valueType) {
    if (valueType == null || valueType.isBlank()) {
      throw new IllegalArgumentException("valueType must not be blank");
    }
    return with("value_type", valueType);
  }

  /**
   * A new description; null clears it.
   *
   * @param description the note for other admins, or null to remove it
   * @return a copy of this update with the description set or cleared
   */
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
