package dev.amba.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an answer into the SDK's own types straight from a JSON-P parser, without JSON-B. Yasson
 * built a deserializer chain per answer and, on first use, cost a third of a fresh JVM's first
 * call; the SDK's types hold a small, known set of value types, so a reader built once per type
 * binds them in one pass and applies the integer rules of {@link WireIntegers} as it goes.
 *
 * <p>It binds what {@link Json}'s JSON-B would bind for every answer of the right shape (a test
 * decodes generated answers for every SDK type both ways and compares). A type that reaches
 * anything else (a caller's row class, an {@code Optional}, a {@code URI}) is left to JSON-B whole,
 * so each type has one reader. Where JSON-B is lenient in ways that would hide a wrong answer (a
 * number bound to a {@code boolean} as false, numbers put in a {@code List<String>}, an array read
 * as a map), this reader refuses with {@link Mismatch}.
 */
final class WireReader {

  /** The answer does not have the shape of the type; {@link Json} turns it into the SDK's error. */
  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads one value whose first event has been taken from the parser. */
  private interface Binder {
    Object read(JsonParser parser, Event event);

    /** The value a missing property takes: null, or a primitive's zero. */
    default Object absent() {
      return null;
    }
  }

  /** The answer to a type this reader leaves to JSON-B; never read. */
  private static final Binder UNSUPPORTED = new Binder() {
    @Override
    public Object read(JsonParser parser, Event event) {
      throw new IllegalStateException("a type left to JSON-B");
    }
  };
  private static final Map<Type, Binder> BINDERS = new ConcurrentHashMap<>();

  private WireReader() {}

  /** Whether this reader binds {@code type}; otherwise JSON-B does. */
  static boolean reads(Type type) {
    return binder(type) != UNSUPPORTED;
  }

  /**
   * The whole document as {@code type}, which {@link #reads} accepts.
   *
   * @throws Mismatch when the answer does not have the type's shape
   */
  static Object read(JsonParser parser, Type type) {
    Binder binder = binder(type);
    if (!parser.hasNext()) {
      throw new Mismatch("an empty answer");
    }
    Object value = binder.read(parser, parser.next());
    if (parser.hasNext()) {
      throw new Mismatch("more after the answer's value");
    }
    return value;
  }

  private static Binder binder(Type type) {
    Binder known = BINDERS.get(type);
    if (known == null) {
      Map<Type, Binder> building = new HashMap<>();
      known = build(type, Map.of(), false, building);
      BINDERS.putIfAbsent(type, known);
    }
    return known;
  }

  /**
   * The binder of {@code type}; {@code building} holds the SDK types under construction, so a type
   * that contains itself gets a reference to its own binder rather than recursing forever.
   */
  private static Binder build(Type type, Map<String, Type> bindings, boolean signed, Map<Type, Binder> building) {
    Type resolved = resolve(type, bindings);
    Class<?> raw = raw(resolved);
    if (raw == null) {
      return UNSUPPORTED;
    }
    Binder scalar = scalar(raw, signed);
    if (scalar != null) {
      return scalar;
    }
    Type[] args = resolved instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
    if ((raw == List.class || raw == Collection.class) && args.length == 1) {
      Binder item = build(args[0], bindings, false, building);
      return item == UNSUPPORTED ? UNSUPPORTED : new ListBinder(item);
    }
    if (raw == Map.class && args.length == 2 && resolve(args[0], bindings) == String.class) {
      Binder value = build(args[1], bindings, false, building);
      return value == UNSUPPORTED ? UNSUPPORTED : new MapBinder(value);
    }
    if (raw.isEnum() && isSdkType(raw)) {
      return new EnumBinder(raw);
    }
    if (!isSdkType(raw) || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      return UNSUPPORTED;
    }
    Map<String, Type> inner = bindingsOf(raw, args, bindings);
    if (inner == null) {
      return UNSUPPORTED;
    }
    Type key = inner.isEmpty() ? raw : new BoundType(raw, inner);
    Binder underway = building.get(key);
    if (underway != null) {
      return underway;
    }
    ObjectBinder object = new ObjectBinder(raw.getName());
    building.put(key, object);
    return object.complete(raw, inner, building) ? object : UNSUPPORTED;
  }

  /**
   * A generic SDK type under its bindings. Not a record: a record's hashCode links a call site on
   * first use, which a fresh JVM's first call paid for.
   */
  private static final class BoundType implements Type {
    private final Class<?> raw;
    private final Map<String, Type> bindings;

    BoundType(Class<?> raw, Map<String, Type> bindings) {
      this.raw = raw;
      this.bindings = bindings;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BoundType b && b.raw == raw && b.bindings.equals(bindings);
    }

    @Override
    public int hashCode() {
      return raw.hashCode() * 31 + bindings.hashCode();
    }
  }

  private static Binder scalar(Class<?> raw, boolean signed) {
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return new IntegerBinder(raw, signed);
    }
    for (Scalar s : Scalar.values()) {
      if (s.type == raw) {
        return s;
      }
    }
    return null;
  }

  /**
   * The value types that need no configuration. An enum rather than lambdas: each lambda's first
   * use links a call site, which a fresh JVM's first call paid for every one of them.
   */
  private enum Scalar implements Binder {
    // JSON-B reads any scalar into a String as its text: a number keeps the digits it was sent with.
    STRING(String.class),
    BOOLEAN(Boolean.class),
    BOOLEAN_PRIMITIVE(boolean.class),
    DOUBLE(Double.class),
    DOUBLE_PRIMITIVE(double.class),
    DECIMAL(BigDecimal.class),
    INSTANT(Instant.class),
    /** JSON-B's reading of an {@code Object}: maps, lists, strings, BigDecimals and booleans. */
    ANY(Object.class),
    JSON_OBJECT(JsonObject.class),
    JSON_VALUE(JsonValue.class);

    final Class<?> type;

    Scalar(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object absent() {
      return this == BOOLEAN_PRIMITIVE ? Boolean.FALSE : this == DOUBLE_PRIMITIVE ? (Object) 0.0d : null;
    }

    @Override
    public Object read(JsonParser parser, Event event) {
      if (event == Event.VALUE_NULL && this != JSON_VALUE) {
        if (type.isPrimitive()) {
          throw new Mismatch("null where a primitive belongs");
        }
        return null;
      }
      switch (this) {
        case STRING:
          switch (event) {
            case VALUE_STRING:
            case VALUE_NUMBER:
              return parser.getString();
            case VALUE_TRUE:
              return "true";
            case VALUE_FALSE:
              return "false";
            default:
              throw mismatch(event, "a string");
          }
        case BOOLEAN:
        case BOOLEAN_PRIMITIVE:
          switch (event) {
            case VALUE_TRUE:
              return Boolean.TRUE;
            case VALUE_FALSE:
              return Boolean.FALSE;
            case VALUE_STRING:
              // As JSON-B: the text "true" is true, any other text false.
              return Boolean.valueOf(parser.getString());
            default:
              throw mismatch(event, "a boolean");
          }
        case DOUBLE:
        case DOUBLE_PRIMITIVE:
          if (event == Event.VALUE_NUMBER) {
            return ((JsonNumber) parser.getValue()).doubleValue();
          }
          if (event == Event.VALUE_STRING) {
            return number(parser.getString()).doubleValue();
          }
          throw mismatch(event, "a number");
        case DECIMAL:
          if (event == Event.VALUE_NUMBER) {
            return parser.getBigDecimal();
          }
          if (event == Event.VALUE_STRING) {
            return number(parser.getString());
          }
          throw mismatch(event, "a number");
        case INSTANT:
          if (event != Event.VALUE_STRING) {
            throw mismatch(event, "a time");
          }
          try {
            return Instant.from(DateTimeFormatter.ISO_INSTANT.parse(parser.getString()));
          } catch (java.time.DateTimeException e) {
            throw new Mismatch("a time that is not an ISO-8601 instant");
          }
        case ANY:
          return any(parser, event);
        case JSON_OBJECT:
          if (event != Event.START_OBJECT) {
            throw mismatch(event, "an object");
          }
          return parser.getObject();
        case JSON_VALUE:
          return parser.getValue();
        default:
          throw new AssertionError(this);
      }
    }
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new Mismatch("a string that is not a number where a number belongs");
    }
  }

  private static Object any(JsonParser parser, Event event) {
    switch (event) {
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER:
        return parser.getBigDecimal();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        Event item;
        while ((item = parser.next()) != Event.END_ARRAY) {
          list.add(any(parser, item));
        }
        return list;
      }
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.next() == Event.KEY_NAME) {
          String key = parser.getString();
          map.put(key, any(parser, parser.next()));
        }
        return map;
      }
      default:
        throw mismatch(event, "a value");
    }
  }

  /** An integer of an SDK type: exact, in range, and not negative unless {@link SignedInteger}. */
  private static final class IntegerBinder implements Binder {
    private final boolean wide;
    private final boolean primitive;
    private final boolean signed;

    IntegerBinder(Class<?> type, boolean signed) {
      this.wide = type == long.class || type == Long.class;
      this.primitive = type.isPrimitive();
      this.signed = signed;
    }

    @Override
    public Object read(JsonParser parser, Event event) {
      if (event == Event.VALUE_NULL) {
        return nullable(primitive, event);
      }
      if (event != Event.VALUE_NUMBER) {
        throw new WireIntegers.NotAnInteger("not a number");
      }
      JsonNumber number = (JsonNumber) parser.getValue();
      long value;
      if (number.isIntegral()) {
        try {
          value = number.longValueExact();
        } catch (ArithmeticException tooLong) {
          value = exact(number);
        }
      } else {
        value = exact(number);
      }
      if (value < 0 && !signed || !wide && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
        WireIntegers.integer(number, wide ? 64 : 32, "", signed);
        throw new WireIntegers.NotAnInteger("a number out of range");
      }
      return wide ? (Object) value : (Object) (int) value;
    }

    /** {@code 1.0} and {@code 1e2} are whole; the rules that refuse the rest are WireIntegers'. */
    private long exact(JsonNumber number) {
      WireIntegers.integer(number, wide ? 64 : 32, "", signed);
      return number.bigDecimalValue().longValueExact();
    }

    @Override
    public Object absent() {
      return primitive ? (wide ? (Object) 0L : (Object) 0) : null;
    }
  }

  private static Object nullable(boolean primitive, Event event) {
    if (primitive) {
      throw new Mismatch("null where a primitive belongs");
    }
    return null;
  }

  private static final class EnumBinder implements Binder {
    private final Map<String, Object> constants = new HashMap<>();

    EnumBinder(Class<?> type) {
      for (Object constant : type.getEnumConstants()) {
        constants.put(((Enum<?>) constant).name(), constant);
      }
    }

    @Override
    public Object read(JsonParser parser, Event event) {
      if (event == Event.VALUE_NULL) {
        return null;
      }
      Object constant = event == Event.VALUE_STRING ? constants.get(parser.getString()) : null;
      if (constant == null) {
        throw new Mismatch("a value that is none of the enum's constants");
      }
      return constant;
    }
  }

  private static final class ListBinder implements Binder {
    private final Binder item;

    ListBinder(Binder item) {
      this.item = item;
    }

    @Override
    public Object read(JsonParser parser, Event event) {
      if (event == Event.VALUE_NULL) {
        return null;
      }
      if (event != Event.START_ARRAY) {
        throw mismatch(event, "an array");
      }
      List<Object> list = new ArrayList<>();
      Event next;
      while ((next = parser.next()) != Event.END_ARRAY) {
        list.add(item.read(parser, next));
      }
      return list;
    }
  }

  private static final class MapBinder implements Binder {
    private final Binder value;

    MapBinder(Binder value) {
      this.value = value;
    }

    @Override
    public Object read(JsonParser parser, Event event) {
      if (event == Event.VALUE_NULL) {
        return null;
      }
      if (event != Event.START_OBJECT) {
        throw mismatch(event, "an object");
      }
      Map<String, Object> map = new LinkedHashMap<>();
      while (parser.next() == Event.KEY_NAME) {
        String key = parser.getString();
        map.put(key, value.read(parser, parser.next()));
      }
      return map;
    }
  }

  /**
   * A record, built through its canonical constructor, or another SDK class, built through its
   * no-argument constructor with its fields set: the members JSON-B binds for SDK types (see
   * {@link Json.FieldsOfTheSdk}). Properties missing from the answer take null or a primitive's zero;
   * unknown ones are skipped; when a name comes twice the last wins, all as in JSON-B.
   */
  private static final class ObjectBinder implements Binder {
    private final String typeName;
    private Map<String, Integer> indexes;
    private Binder[] binders;
    private Object[] absents;
    private Constructor<?> constructor;
    private Field[] fields;

    ObjectBinder(String typeName) {
      this.typeName = typeName;
    }

    boolean complete(Class<?> raw, Map<String, Type> inner, Map<Type, Binder> building) {
      if (raw.getSuperclass() != Object.class && raw.getSuperclass() != Record.class) {
        return false;
      }
      List<String> names = new ArrayList<>();
      List<Binder> found = new ArrayList<>();
      List<Field> fieldList = new ArrayList<>();
      try {
        if (raw.isRecord()) {
          RecordComponent[] components = raw.getRecordComponents();
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            Field field = raw.getDeclaredField(rc.getName());
            JsonbProperty named = rc.getAccessor().getAnnotation(JsonbProperty.class);
            names.add(WireIntegers.jsonName(rc.getName(), named != null ? named : field.getAnnotation(JsonbProperty.class)));
            found.add(build(rc.getGenericType(), inner, rc.isAnnotationPresent(SignedInteger.class), building));
          }
          constructor = raw.getDeclaredConstructor(types);
        } else {
          for (Field f : raw.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()) {
              continue;
            }
            f.setAccessible(true);
            fieldList.add(f);
            names.add(WireIntegers.jsonName(f.getName(), f.getAnnotation(JsonbProperty.class)));
            found.add(build(f.getGenericType(), inner, f.isAnnotationPresent(SignedInteger.class), building));
          }
          constructor = raw.getDeclaredConstructor();
          fields = fieldList.toArray(new Field[0]);
        }
        constructor.setAccessible(true);
      } catch (NoSuchMethodException | NoSuchFieldException | RuntimeException e) {
        return false;
      }
      if (found.contains(UNSUPPORTED)) {
        return false;
      }
      Map<String, Integer> byName = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        if (byName.put(names.get(i), i) != null) {
          return false;
        }
      }
      indexes = byName;
      binders = found.toArray(new Binder[0]);
      absents = new Object[binders.length];
      for (int i = 0; i < binders.length; i++) {
        absents[i] = binders[i].absent();
      }
      return true;
    }

    @Override
    public Object read(JsonParser parser, Event event) {
      if (event == Event.VALUE_NULL) {
        return null;
      }
      if (event != Event.START_OBJECT) {
        throw mismatch(event, "an object");
      }
      Object[] values = absents.clone();
      while (parser.next() == Event.KEY_NAME) {
        Integer at = indexes.get(parser.getString());
        Event valueEvent = parser.next();
        if (at == null) {
          skip(parser, valueEvent);
        } else {
          values[at] = binders[at].read(parser, valueEvent);
        }
      }
      try {
        if (fields == null) {
          return constructor.newInstance(values);
        }
        Object made = constructor.newInstance();
        for (int i = 0; i < fields.length; i++) {
          fields[i].set(made, values[i]);
        }
        return made;
      } catch (InvocationTargetException e) {
        // A record's constructor refusing what the answer holds.
        throw new Mismatch("a " + typeName + " the answer cannot build (" + e.getCause().getClass().getSimpleName() + ")");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + typeName, e);
      }
    }
  }

  private static void skip(JsonParser parser, Event event) {
    if (event == Event.START_OBJECT) {
      parser.skipObject();
    } else if (event == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private static Mismatch mismatch(Event event, String expected) {
    return new Mismatch(event + " where " + expected + " belongs");
  }

  private static boolean isSdkType(Class<?> c) {
    return WireIntegers.isSdkType(c);
  }

  /** The type arguments of {@code raw} by parameter name, or null when they cannot be known. */
  private static Map<String, Type> bindingsOf(Class<?> raw, Type[] args, Map<String, Type> outer) {
    TypeVariable<?>[] params = raw.getTypeParameters();
    if (params.length == 0) {
      return Map.of();
    }
    if (params.length != args.length) {
      return null;
    }
    Map<String, Type> inner = new HashMap<>();
    for (int i = 0; i < params.length; i++) {
      inner.put(params[i].getName(), resolve(args[i], outer));
    }
    return inner;
  }

  private static Type resolve(Type type, Map<String, Type> bindings) {
    return WireIntegers.resolve(type, bindings);
  }

  private static Class<?> raw(Type type) {
    return WireIntegers.raw(type);
  }
}
