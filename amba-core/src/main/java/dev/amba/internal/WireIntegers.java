package dev.amba.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an answer before JSON-B binds it into one of the SDK's own types: every value bound to an
 * integer field ({@code int}, {@code long} and their boxes) must be an exact, non-negative integer
 * within that field's range. JSON-B alone wraps {@code 1e19} into a negative long, truncates
 * {@code 1.9} to 1 and reads {@code "5"} as 5, which would hand the caller a wrong count as if
 * the server had sent it.
 *
 * <p>Non-negative because every integer the SDK reads from an answer is a count, a size, an
 * offset, a version, an index or a time in seconds, except the few marked {@link SignedInteger}
 * (a currency debit). Callers' own row types are never checked: their fields mean what the caller
 * says.
 */
final class WireIntegers {

  /** A number the SDK cannot take as the integer it reads; the message names the field. */
  static final class NotAnInteger extends JsonbException {
    NotAnInteger(String message) {
      super(message);
    }
  }

  private static final Map<Type, Boolean> APPLIES = new ConcurrentHashMap<>();
  // Reflection per answer cost tens of microseconds on every call; a class's shape never changes.
  private static final Map<Class<?>, java.util.List<Property>> PROPERTIES = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Boolean> SDK_TYPES = new ConcurrentHashMap<>();

  private WireIntegers() {}

  /** Whether an answer read as {@code type} has any integer field this class checks. */
  static boolean applies(Type type) {
    Boolean known = APPLIES.get(type);
    if (known == null) {
      known = reachesInteger(type, Map.of(), new HashSet<>());
      APPLIES.put(type, known);
    }
    return known;
  }

  /** @throws NotAnInteger naming the first field that holds no acceptable integer */
  static void check(JsonValue value, Type type) {
    check(value, type, Map.of(), "", false);
  }

  /**
   * The same check as the answer is read, from a parser before its first event. Only the values that
   * can hold an integer the SDK reads are built into trees; the rest (a page's rows of a type without
   * integer fields, say) are skipped, not built: the tree of a whole page cost a quarter of a list
   * call's CPU.
   *
   * @throws NotAnInteger naming the first field that holds no acceptable integer
   */
  static void check(JsonParser parser, Type type) {
    check(parser, parser.next(), type, Map.of(), "", false);
  }

  private static void check(JsonParser parser, JsonParser.Event event, Type type, Map<String, Type> bindings,
      String path, boolean signed) {
    Type resolved = resolve(type, bindings);
    Class<?> raw = raw(resolved);
    if (raw == null || !reaches(resolved, bindings)) {
      skip(parser, event);
      return;
    }
    Type[] args = resolved instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
    if (event == JsonParser.Event.START_OBJECT && isSdkType(raw)) {
      Map<String, Type> inner = bindingsOf(raw, args, bindings);
      Map<String, Property> checked = checkedProperties(raw, inner);
      while (parser.next() == JsonParser.Event.KEY_NAME) {
        String key = parser.getString();
        JsonParser.Event valueEvent = parser.next();
        Property p = checked.get(key);
        if (p == null) {
          skip(parser, valueEvent);
        } else {
          check(parser, valueEvent, p.type(), inner, join(path, key), p.signed());
        }
      }
      return;
    }
    if (event == JsonParser.Event.START_ARRAY && Collection.class.isAssignableFrom(raw) && args.length == 1) {
      int i = 0;
      JsonParser.Event item;
      while ((item = parser.next()) != JsonParser.Event.END_ARRAY) {
        check(parser, item, args[0], bindings, path + "[" + i++ + "]", false);
      }
      return;
    }
    check(parser.getValue(), type, bindings, path, signed);
  }

  /** Moves past the value that {@code event} starts; a scalar is already behind it. */
  private static void skip(JsonParser parser, JsonParser.Event event) {
    if (event == JsonParser.Event.START_OBJECT) {
      parser.skipObject();
    } else if (event == JsonParser.Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private record Bound(Type type, Map<String, Type> bindings) {}

  private static final Map<Bound, Boolean> REACHES = new ConcurrentHashMap<>();
  private static final Map<Bound, Map<String, Property>> CHECKED = new ConcurrentHashMap<>();

  private static boolean reaches(Type resolved, Map<String, Type> bindings) {
    return REACHES.computeIfAbsent(new Bound(resolved, bindings),
        b -> reachesInteger(b.type(), b.bindings(), new HashSet<>()));
  }

  /** The properties of an SDK type, by wire name, that can hold an integer under these bindings. */
  private static Map<String, Property> checkedProperties(Class<?> raw, Map<String, Type> inner) {
    return CHECKED.computeIfAbsent(new Bound(raw, inner), b -> {
      Map<String, Property> out = new HashMap<>();
      for (Property p : properties(raw)) {
        if (reaches(resolve(p.type(), inner), inner)) {
          out.put(p.jsonName(), p);
        }
      }
      return Map.copyOf(out);
    });
  }

  private static void check(JsonValue value, Type type, Map<String, Type> bindings, String path, boolean signed) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Type resolved = resolve(type, bindings);
    Class<?> raw = raw(resolved);
    if (raw == null) {
      return;
    }
    int bits = integerBits(raw);
    if (bits > 0) {
      integer(value, bits, path, signed);
      return;
    }
    Type[] args = resolved instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
    if (Collection.class.isAssignableFrom(raw) && args.length == 1 && value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), args[0], bindings, path + "[" + i + "]", false);
      }
    } else if (Map.class.isAssignableFrom(raw) && args.length == 2 && value instanceof JsonObject object) {
      object.forEach((k, v) -> check(v, args[1], bindings, join(path, k), false));
    } else if (isSdkType(raw) && value instanceof JsonObject object) {
      Map<String, Type> inner = bindingsOf(raw, args, bindings);
      for (Property p : properties(raw)) {
        check(object.get(p.jsonName()), p.type(), inner, join(path, p.jsonName()), p.signed());
      }
    }
  }

  static void integer(JsonValue value, int bits, String path, boolean signed) {
    String name = path.isEmpty() ? "a number" : "\"" + path + "\"";
    if (!(value instanceof JsonNumber number)) {
      throw new NotAnInteger(name + " is not a number but a " + value.getValueType().toString().toLowerCase());
    }
    BigDecimal d = number.bigDecimalValue();
    String shown = d.toString().length() <= 32 ? " (" + d + ")" : "";
    if (d.signum() < 0 && !signed) {
      throw new NotAnInteger(name + " is negative" + shown);
    }
    // Digits before the point, judged before any exact conversion so 1e100000 costs nothing.
    if (d.signum() != 0 && d.precision() - d.scale() > (bits == 64 ? 19 : 10)) {
      throw new NotAnInteger(name + " is past the range of " + (bits == 64 ? "long" : "int") + shown);
    }
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      throw new NotAnInteger(name + " is not a whole number" + shown);
    }
    if (d.toBigIntegerExact().bitLength() >= bits) {
      throw new NotAnInteger(name + " is past the range of " + (bits == 64 ? "long" : "int") + shown);
    }
  }

  private static boolean reachesInteger(Type type, Map<String, Type> bindings, Set<Type> seen) {
    Type resolved = resolve(type, bindings);
    Class<?> raw = raw(resolved);
    if (raw == null || !seen.add(resolved)) {
      return false;
    }
    if (integerBits(raw) > 0) {
      return true;
    }
    Type[] args = resolved instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
    if (Collection.class.isAssignableFrom(raw) && args.length == 1) {
      return reachesInteger(args[0], bindings, seen);
    }
    if (Map.class.isAssignableFrom(raw) && args.length == 2) {
      return reachesInteger(args[1], bindings, seen);
    }
    if (isSdkType(raw)) {
      Map<String, Type> inner = bindingsOf(raw, args, bindings);
      for (Property p : properties(raw)) {
        if (reachesInteger(p.type(), inner, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private record Property(String jsonName, Type type, boolean signed) {}

  private static Iterable<Property> properties(Class<?> c) {
    return PROPERTIES.computeIfAbsent(c, WireIntegers::readProperties);
  }

  /**
   * The properties JSON-B binds: a record's components, else the class's instance fields (the SDK's
   * types bind through their fields, public or not: see {@link Json.FieldsOfTheSdk}).
   */
  private static java.util.List<Property> readProperties(Class<?> c) {
    java.util.List<Property> out = new java.util.ArrayList<>();
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        JsonbProperty named = rc.getAccessor().getAnnotation(JsonbProperty.class);
        if (named == null) {
          try {
            named = c.getDeclaredField(rc.getName()).getAnnotation(JsonbProperty.class);
          } catch (NoSuchFieldException impossible) {
            // A record always has a field per component.
          }
        }
        out.add(new Property(jsonName(rc.getName(), named), rc.getGenericType(),
            rc.isAnnotationPresent(SignedInteger.class)));
      }
    } else {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && !f.isSynthetic()) {
          out.add(new Property(jsonName(f.getName(), f.getAnnotation(JsonbProperty.class)), f.getGenericType(),
              f.isAnnotationPresent(SignedInteger.class)));
        }
      }
    }
    return java.util.List.copyOf(out);
  }

  /**
   * The name under the SDK's naming strategy, LOWER_CASE_WITH_UNDERSCORES, unless annotated, as
   * Yasson derives it: an underscore only where a lower-case letter meets an upper-case one, so
   * {@code freezesPerNEvents} is {@code freezes_per_nevents} and {@code x1Y} is {@code x1y}.
   */
  static String jsonName(String javaName, JsonbProperty named) {
    if (named != null && !named.value().isEmpty()) {
      return named.value();
    }
    StringBuilder sb = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char ch = javaName.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0 && Character.isLowerCase(javaName.charAt(i - 1))) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Types of this SDK (not a caller's classes that happen to share a package prefix). */
  static boolean isSdkType(Class<?> c) {
    return SDK_TYPES.computeIfAbsent(c, WireIntegers::readIsSdkType);
  }

  private static boolean readIsSdkType(Class<?> c) {
    return !c.isEnum() && !c.isInterface() && c.getName().startsWith("dev.amba.")
        && c.getProtectionDomain().getCodeSource() != null
        && c.getProtectionDomain().getCodeSource().equals(WireIntegers.class.getProtectionDomain().getCodeSource());
  }

  private static int integerBits(Class<?> c) {
    if (c == long.class || c == Long.class) {
      return 64;
    }
    if (c == int.class || c == Integer.class) {
      return 32;
    }
    return 0;
  }

  private static Map<String, Type> bindingsOf(Class<?> raw, Type[] args, Map<String, Type> outer) {
    TypeVariable<?>[] params = raw.getTypeParameters();
    if (params.length == 0 || params.length != args.length) {
      return Map.of();
    }
    Map<String, Type> inner = new HashMap<>();
    for (int i = 0; i < params.length; i++) {
      inner.put(params[i].getName(), resolve(args[i], outer));
    }
    return inner;
  }

  static Type resolve(Type type, Map<String, Type> bindings) {
    if (type instanceof TypeVariable<?> v) {
      return bindings.getOrDefault(v.getName(), Object.class);
    }
    if (type instanceof WildcardType w) {
      return w.getUpperBounds().length == 1 ? resolve(w.getUpperBounds()[0], bindings) : Object.class;
    }
    return type;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
