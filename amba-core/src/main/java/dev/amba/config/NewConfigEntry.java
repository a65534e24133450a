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
   * A key to create with its value.
   *
   * @param key the key, 1 to 128 characters with no whitespace or control character
   * @param value a JSON-compatible value (string, number, boolean, list or map), not null
   * @return the entry, with no declared type and no description yet
   * @throws IllegalArgumentException if {@code key} breaks its rule
   * @throws NullPointerException if {@code value} is null
   */
  public static NewConfigEntry of(String key, Object value) {
    ConfigKeys.check(key);
    Objects.requireNonNull(value, "value");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("key", key);
    f.put("value", value);
    return new NewConfigEntry(Collections.unmodifiableMap(f));
  }

  /**
   * Declares the type (see {@link ConfigValueType}); without it the service infers one from the value.
   *
   * @param valueType the type's wire value, such as {@link ConfigValueType#JSON}; refused when null
   *     or blank
   * @return a copy of this entry with the type set
   * @throws IllegalArgumentException if {@code valueType} is null or blank
   */
  public NewConfigEntry valueType(String valueType) {
    if (valueType == null || valueType.isBlank()) {
      throw new IllegalArgumentException("valueType must not be blank");
    }
    return with("value_type", valueType);
  }

  /**
   * A note for other admins on what the key is for.
   *
   * @param description the note, not null
   * @return a copy of this entry with the description set
   * @throws NullPointerException if {@code description} is null
   */
  public NewConfigEntry description(String description) {
    return with("description", Objects.requireNonNull(description, "description"));
  }

  /**
   * The key this entry creates.
   *
   * @return the key given to {@link #of}
   */
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
