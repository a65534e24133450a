package dev.amba.internal.util;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns JSON-P values into plain Java values (maps, lists, strings, numbers, booleans, null). */
public final class JsonValues {

  private JsonValues() {}

  public static Object toJava(JsonValue v) {
    if (v == null) {
      return null;
    }
    switch (v.getValueType()) {
      case OBJECT:
        return toMap((JsonObject) v);
      case ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) {
          list.add(toJava(item));
        }
        return Collections.unmodifiableList(list);
      case STRING:
        return ((JsonString) v).getString();
      case NUMBER:
        JsonNumber n = (JsonNumber) v;
        if (!n.isIntegral()) {
          return n.bigDecimalValue();
        }
        java.math.BigInteger big = n.bigIntegerValue();
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  public static Map<String, Object> toMap(JsonObject o) {
    Map<String, Object> map = new LinkedHashMap<>();
    o.forEach((k, val) -> map.put(k, toJava(val)));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Checks that a caller's value can be sent as JSON: a String, Number, Boolean, List, Map with
   * String keys, or null, nested as deep as it likes.
   *
   * @throws IllegalArgumentException naming the path {@code at} of the first value that cannot
   */
  public static void requireJson(Object value, String at) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        requireJson(list.get(i), at + "[" + i + "]");
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(at + " has a key that is not a String: " + kindOf(e.getKey()));
        }
        requireJson(e.getValue(), at + "." + key);
      }
      return;
    }
    throw new IllegalArgumentException(at + " must be a String, Number, Boolean, List, Map or null, got "
        + kindOf(value));
  }

  private static String kindOf(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
