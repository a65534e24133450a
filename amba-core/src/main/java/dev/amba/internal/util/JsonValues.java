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
}
