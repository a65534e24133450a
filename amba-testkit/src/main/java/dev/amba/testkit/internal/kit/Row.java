package dev.amba.testkit.internal.kit;

import dev.amba.testkit.internal.Times;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored row of a {@link Resource}: every field as the JSON the resource answers with, so the
 * domain code reads the same values a client sees. {@code id} is null for resources without one.
 */
public record Row(String id, String projectId, String userId, Map<String, JsonValue> values) {

  public Row {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public JsonValue get(String field) {
    JsonValue v = values.get(field);
    if (v == null) {
      throw new IllegalArgumentException("no field " + field + " in " + values.keySet());
    }
    return v;
  }

  public boolean isNull(String field) {
    return get(field).getValueType() == JsonValue.ValueType.NULL;
  }

  /** A text, timestamp or uuid field; null when the stored value is null. */
  public String string(String field) {
    JsonValue v = get(field);
    return v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) v).getString();
  }

  public Integer integer(String field) {
    JsonValue v = get(field);
    return v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).intValueExact();
  }

  public Long bigint(String field) {
    JsonValue v = get(field);
    return v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).longValueExact();
  }

  public BigDecimal number(String field) {
    JsonValue v = get(field);
    return v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).bigDecimalValue();
  }

  public boolean bool(String field) {
    return get(field).getValueType() == JsonValue.ValueType.TRUE;
  }

  public Instant instant(String field) {
    String text = string(field);
    return text == null ? null : Times.parseOrNull(text);
  }
}
