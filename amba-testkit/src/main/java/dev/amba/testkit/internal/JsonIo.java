package dev.amba.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/** JSON-P plumbing shared by every handler. */
public final class JsonIo {
  // One provider for the whole emulator: Json.createXxx() looks the provider up on every call.
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonIo() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  /** JSON-P rejects Java nulls in builders; the protocol writes absent values as JSON null. */
  public static JsonValue string(String value) {
    return value == null ? JsonValue.NULL : PROVIDER.createValue(value);
  }

  /** Parses a request body or query parameter; any syntax error becomes the caller's 400. */
  public static JsonValue parse(String text, String errorCode, String what) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest(errorCode, what + " is empty; expected JSON");
    }
    try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw ApiException.badRequest(errorCode, what + " is not valid JSON: " + e.getMessage());
    } catch (RuntimeException e) {
      // Parsson refuses input nested over 1,000 levels with a bare RuntimeException, not a
      // JsonException; it is still the caller's input that is wrong.
      throw ApiException.badRequest(errorCode, what + " cannot be read: " + e.getMessage());
    }
  }

  /** Reads JSON this emulator wrote itself (stored columns); a failure here is a bug. */
  public static JsonObject parseStoredObject(String text) {
    if (text == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  public static String write(JsonValue value) {
    // JSON-P defines toString() of every value as its compact JSON text.
    return value.toString();
  }

  public static String typeName(JsonValue value) {
    if (value == null) {
      return "nothing";
    }
    switch (value.getValueType()) {
      case OBJECT: return "object";
      case ARRAY: return "array";
      case STRING: return "string";
      case NUMBER: return "number";
      case TRUE:
      case FALSE:
        return "boolean";
      default: return "null";
    }
  }

  /**
   * Structural equality where numbers compare by value: a filter {"amount": 1} must match a
   * stored 1.0, which JsonNumber.equals does not guarantee.
   */
  public static boolean sameJson(JsonValue a, JsonValue b) {
    if (a.getValueType() != b.getValueType()) {
      return false;
    }
    switch (a.getValueType()) {
      case NUMBER:
        return ((JsonNumber) a).bigDecimalValue().compareTo(((JsonNumber) b).bigDecimalValue()) == 0;
      case OBJECT: {
        JsonObject x = (JsonObject) a;
        JsonObject y = (JsonObject) b;
        if (!x.keySet().equals(y.keySet())) {
          return false;
        }
        for (Map.Entry<String, JsonValue> e : x.entrySet()) {
          if (!sameJson(e.getValue(), y.get(e.getKey()))) {
            return false;
          }
        }
        return true;
      }
      case ARRAY: {
        JsonArray x = (JsonArray) a;
        JsonArray y = (JsonArray) b;
        if (x.size() != y.size()) {
          return false;
        }
        for (int i = 0; i < x.size(); i++) {
          if (!sameJson(x.get(i), y.get(i))) {
            return false;
          }
        }
        return true;
      }
      default:
        return a.equals(b);
    }
  }
}
