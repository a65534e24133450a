package dev.amba.testkit.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Readers of request-body fields. A reader records what is wrong in a {@link FieldErrors} and
 * returns null or the default, so one answer can list every mistake of a body.
 */
public final class JsonFields {
  private JsonFields() {}

  /** A missing field and an explicit JSON null both mean "not given". */
  public static boolean absent(JsonValue value) {
    return value == null || value.getValueType() == JsonValue.ValueType.NULL;
  }

  public static String string(JsonObject body, String key, boolean required, FieldErrors errors) {
    return string(body, "", key, required, errors);
  }

  /** A string field, its error path under {@code at}; records a wrong type, or absence when required. */
  public static String string(JsonObject body, String at, String key, boolean required, FieldErrors errors) {
    JsonValue value = body.get(key);
    if (absent(value)) {
      if (required) {
        errors.add(at + key, "is required", "string", null);
      }
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      errors.wrongType(at + key, "string", value);
      return null;
    }
    return ((JsonString) value).getString();
  }

  /** An optional boolean field, false when not given; anything but true or false is recorded. */
  public static boolean bool(JsonObject body, String at, String key, FieldErrors errors) {
    JsonValue value = body.get(key);
    if (absent(value)) {
      return false;
    }
    if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
      errors.wrongType(at + key, "boolean", value);
    }
    return value.getValueType() == JsonValue.ValueType.TRUE;
  }
}
