package dev.amba.internal.collections;

import dev.amba.internal.Json;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How rows of one collection handle cross the wire: untyped rows as read-only maps of plain Java
 * values, typed rows through the shared JSON-B codec (snake_case names).
 */
public final class CollectionRows<T> {

  private final Class<?> type;
  private final boolean untyped;

  private CollectionRows(Class<?> type, boolean untyped) {
    this.type = type;
    this.untyped = untyped;
  }

  public static CollectionRows<Map<String, Object>> untyped() {
    return new CollectionRows<>(Map.class, true);
  }

  public static <T> CollectionRows<T> typed(Class<T> type) {
    return new CollectionRows<>(type, false);
  }

  /**
   * Decodes one answer's rows. Typed rows go straight into the caller's class in one parse; only
   * when that fails is the answer read again as JSON-P, to tell an answer that is not JSON apart
   * from a class JSON-B cannot build (the caller's mistake, reported as such). Untyped rows are
   * read through JSON-P, which keeps whole numbers whole (JSON-B makes every number of a Map a
   * BigDecimal).
   *
   * @param decode decodes the received answer with rows of the given type
   */
  @SuppressWarnings("unchecked")
  <R> R read(java.util.function.Function<Type, R> decode, java.util.function.Function<R, R> untypedRows) {
    if (untyped) {
      return untypedRows.apply(decode.apply(JsonObject.class));
    }
    try {
      return decode.apply(type);
    } catch (dev.amba.AmbaApiException e) {
      if (!"unexpected_response".equals(e.code())) {
        throw e;
      }
      try {
        decode.apply(JsonObject.class);
      } catch (dev.amba.AmbaApiException notJsonEither) {
        throw e;
      }
      throw new IllegalArgumentException("type: JSON-B cannot build a " + type.getName() + " from a row; use a "
          + "public class with a no-argument constructor, or a public record (one with several constructors "
          + "needs @JsonbCreator on the canonical one)", e);
    }
  }

  /** One untyped row, from its JSON-P form. */
  @SuppressWarnings("unchecked")
  T untypedRow(Object decoded) {
    return (T) JsonValues.toMap((JsonObject) decoded);
  }

  /** The row as the body of an insert, with its column names checked. */
  Object toWire(T row, String operation) {
    if (row == null) {
      throw new IllegalArgumentException(operation + ": row must not be null");
    }
    if (row instanceof Map<?, ?> map) {
      checkKeys(map, operation);
      return map;
    }
    // Encoding once here shows the column names JSON-B derives from the class, so a field the
    // naming rules cannot map fails before sending, naming the field.
    JsonValue json;
    byte[] encoded;
    try {
      encoded = Json.encode(row);
      json = Json.decode(encoded, JsonValue.class);
    } catch (RuntimeException e) {
      if (Json.isJsonbFailure(e)) {
        throw new IllegalArgumentException(operation + ": JSON-B cannot read a " + row.getClass().getName() + " ("
            + e.getMessage() + "); use a public class or record (on the module path, in a package open to "
            + "org.eclipse.yasson)", e);
      }
      throw e;
    }
    try {
      // The answer comes back as this type: a class JSON-B can read but not build (a record that
      // is not public) must fail here, not after the server has stored the row.
      Json.decode(encoded, row.getClass());
    } catch (RuntimeException e) {
      if (Json.isJsonbFailure(e)) {
        throw new IllegalArgumentException(operation + ": JSON-B cannot build a " + row.getClass().getName()
            + " from the answer (" + e.getMessage() + "); use a public class with a no-argument constructor, "
            + "or a public record", e);
      }
      throw e;
    }
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new IllegalArgumentException(operation + ": a " + row.getClass().getName()
          + " does not map to a JSON object; use a class, a record or a Map");
    }
    if (json.asJsonObject().isEmpty() && hasProperties(row.getClass())) {
      // JSON-B skips the getters of a class that is not public: the row would go out empty.
      throw new IllegalArgumentException(operation + ": JSON-B sees no property of a " + row.getClass().getName()
          + "; use a public class or a record, so that its values are not dropped");
    }
    checkKeys(json.asJsonObject(), operation);
    return json;
  }

  /** Whether the class declares state a row would carry: an instance field or a getter. */
  private static boolean hasProperties(Class<?> type) {
    for (java.lang.reflect.Field f : type.getDeclaredFields()) {
      if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
        return true;
      }
    }
    for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
      boolean getter = m.getParameterCount() == 0 && m.getReturnType() != void.class
          && (m.getName().startsWith("get") || m.getName().startsWith("is"));
      if (getter && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  static void checkKeys(Map<?, ?> map, String operation) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String name)) {
        throw new IllegalArgumentException(operation + ": column names must be strings, got " + key);
      }
      CollectionNames.column(name, operation + ": column");
    }
  }
}
