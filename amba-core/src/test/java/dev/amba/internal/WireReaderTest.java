package dev.amba.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.amba.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * WireReader reads what JSON-B reads. Every SDK record and class it accepts is decoded from
 * generated answers (fields present, absent and null; unknown fields; escapes; every integer edge
 * the protocol allows) both ways, and the results are compared member by member.
 */
class WireReaderTest {

  private static final int ANSWERS_PER_TYPE = 40;

  /** Every class compiled into the SDK's main output, by name. */
  private static List<Class<?>> sdkClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Json.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        if (!name.endsWith(".class") || name.contains("module-info") || name.contains("package-info")) {
          continue;
        }
        try {
          out.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
              WireReaderTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          fail("cannot load " + name + ": " + e);
        }
      }
    }
    return out;
  }

  @Test
  void readsWhatJsonbReads_forEverySdkTypeItTakes() throws Exception {
    Random random = new Random(20261202);
    int types = 0;
    int answers = 0;
    for (Class<?> c : sdkClasses()) {
      // JSON-B builds only public records (a decoded type is one); the reader is held to it there.
      if (!c.isRecord() || !publicAllTheWay(c) || c.getTypeParameters().length > 0 || !WireReader.reads(c)) {
        continue;
      }
      types++;
      List<Type> forms = List.of(c, Json.parameterized(Json.DataEnvelope.class, c));
      for (int i = 0; i < ANSWERS_PER_TYPE; i++) {
        Type form = forms.get(i % forms.size());
        String json = form == c ? object(c, Map.of(), random, 0) : "{\"data\":" + object(c, Map.of(), random, 0) + "}";
        compare(json, form);
        answers++;
      }
    }
    // Most of the SDK's records are wire types; a reader that declined them all would pass vacuously.
    assertThat(types).isGreaterThan(150);
    assertThat(answers).isEqualTo(types * ANSWERS_PER_TYPE);
  }

  private static boolean publicAllTheWay(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void readsTheListEnvelopes_asJsonbDoes() {
    Random random = new Random(7);
    Type offset = Json.parameterized(Json.OffsetEnvelope.class, JsonObject.class);
    Type cursor = Json.parameterized(Json.CursorEnvelope.class, dev.amba.users.UserSummary.class);
    assertThat(WireReader.reads(offset)).isTrue();
    assertThat(WireReader.reads(cursor)).isTrue();
    for (int i = 0; i < 20; i++) {
      compare("{\"total\":" + random.nextInt(1000) + ",\"offset\":0,\"limit\":50,\"data\":[{\"k\":"
          + any(random, 0) + "},{\"x\":" + random.nextInt() + "}]}", offset);
      StringBuilder rows = new StringBuilder();
      for (int r = 0; r < i % 4; r++) {
        rows.append(r > 0 ? "," : "").append(object(dev.amba.users.UserSummary.class, Map.of(), random, 0));
      }
      compare("{\"data\":[" + rows + "],\"next_cursor\":" + (i % 2 == 0 ? "null" : "\"c" + i + "\"")
          + (i % 3 == 0 ? "" : ",\"has_more\":" + (i % 3 == 1)) + "}", cursor);
    }
  }

  @Test
  void leavesCallersTypesAndTheUnknownToJsonb() {
    record CallersRow(String id, int n) {}
    assertThat(WireReader.reads(CallersRow.class)).isFalse();
    assertThat(WireReader.reads(Json.parameterized(Json.OffsetEnvelope.class, CallersRow.class))).isFalse();
    assertThat(WireReader.reads(java.net.URI.class)).isFalse();
    assertThat(WireReader.reads(Json.parameterized(Map.class, Integer.class, String.class))).isFalse();
    assertThat(WireReader.reads(String.class)).isTrue();
  }

  @Test
  void refusesWhatJsonbWouldBendIntoAWrongValue() {
    Type envelope = Json.parameterized(Json.DataEnvelope.class, dev.amba.internal.streaks.StreakWire.Row.class);
    assertThat(WireReader.reads(envelope)).isTrue();
    // The integer rules name the field, as before the reader.
    assertThatThrownBy(() -> decode("{\"data\":{\"current_count\":-1}}", envelope))
        .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("\"data.current_count\" is negative");
    assertThatThrownBy(() -> decode("{\"data\":{\"current_count\":1.5}}", envelope))
        .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> decode("{\"data\":{\"current_count\":\"5\"}}", envelope))
        .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("not a number but a string");
    assertThatThrownBy(() -> decode("{\"data\":{\"current_count\":3000000000}}", envelope))
        .isInstanceOf(WireIntegers.NotAnInteger.class).hasMessageContaining("past the range of int");
    // JSON-B reads these as false, as a list of numbers and as {null=1}; the reader refuses them.
    Type flag = Json.parameterized(Json.DataEnvelope.class, Json.parameterized(Map.class, String.class, Boolean.class));
    assertThatThrownBy(() -> decode("{\"data\":{\"on\":1}}", flag)).isInstanceOf(JsonbException.class);
    Type strings = Json.parameterized(List.class, String.class);
    assertThat(WireReaderTest.<List<Object>>decode("[\"a\",1.50,true,null]", strings)).containsExactly("a", "1.50", "true", null);
    assertThatThrownBy(() -> decode("[[1]]", strings)).isInstanceOf(JsonbException.class);
    Type map = Json.parameterized(Map.class, String.class, Object.class);
    assertThatThrownBy(() -> decode("[1]", map)).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> decode("{\"a\":1} {}", map)).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> decode("{\"a\":", map)).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> decode("", map)).isInstanceOf(JsonbException.class);
    assertThat((Object) decode("null", map)).isNull();
  }

  @Test
  void aMapOfTheAnswerKeepsItsOrderAndItsNumbersAsJsonbTypesThem() {
    Map<Object, Object> map = decode("{\"z\":1,\"a\":[1.0,{\"k\":null}],\"m\":true}",
        Json.parameterized(Map.class, String.class, Object.class));
    assertThat(map.keySet()).containsExactly("z", "a", "m");
    assertThat(map.get("z")).isEqualTo(new BigDecimal("1"));
    assertThat(((List<?>) map.get("a")).get(0)).isEqualTo(new BigDecimal("1.0"));
  }

  private static <T> T decode(String json, Type type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static void compare(String json, Type type) {
    Object viaJsonb;
    try {
      viaJsonb = Json.readViaJsonb(json, type);
    } catch (RuntimeException jsonbRefused) {
      // A record's constructor may refuse a generated value; then the reader must refuse it too.
      try {
        Object read = decode(json, type);
        throw new AssertionError("JSON-B refused, the reader read " + read + ", as " + type + ": " + json, jsonbRefused);
      } catch (JsonbException expected) {
        return;
      }
    }
    Object read;
    try {
      read = decode(json, type);
    } catch (RuntimeException e) {
      throw new AssertionError("the reader refused what JSON-B read, as " + type + ": " + json, e);
    }
    assertSame(viaJsonb, read, type.getTypeName(), json);
  }

  /** Member by member, for the SDK classes that have no equals of their own (the envelopes). */
  private static void assertSame(Object expected, Object actual, String path, String json) {
    if (expected == null || actual == null) {
      assertThat(actual).as("%s in %s", path, json).isEqualTo(expected);
      return;
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      assertThat(a.keySet()).as("%s in %s", path, json).isEqualTo(e.keySet());
      for (Object k : e.keySet()) {
        assertSame(e.get(k), a.get(k), path + "." + k, json);
      }
      return;
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      assertThat(a).as("%s in %s", path, json).hasSameSizeAs(e);
      for (int i = 0; i < e.size(); i++) {
        assertSame(e.get(i), a.get(i), path + "[" + i + "]", json);
      }
      return;
    }
    assertThat(actual.getClass()).as("%s in %s", path, json).isEqualTo(expected.getClass());
    if (expected.getClass().getName().startsWith("dev.amba.") && !expected.getClass().isEnum()) {
      try {
        for (Field f : members(expected.getClass())) {
          f.setAccessible(true);
          assertSame(f.get(expected), f.get(actual), path + "." + f.getName(), json);
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      return;
    }
    assertThat(actual).as("%s in %s", path, json).isEqualTo(expected);
  }

  private static List<Field> members(Class<?> c) {
    List<Field> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        out.add(f);
      }
    }
    return out;
  }

  // The generator: an answer of the right shape, with the variety a server may send.

  private static String object(Class<?> c, Map<String, Type> bindings, Random random, int depth) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    if (random.nextInt(4) == 0) {
      sb.append("\"unknown_field\":").append(any(random, depth + 1));
      first = false;
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      int choice = random.nextInt(10);
      if (choice == 0) {
        continue;
      }
      String name = jsonName(c, rc);
      sb.append(first ? "" : ",").append('"').append(name).append("\":");
      first = false;
      boolean primitive = rc.getType().isPrimitive();
      if (choice == 1 && !primitive) {
        sb.append("null");
      } else {
        sb.append(value(rc.getGenericType(), bindings, random, depth + 1,
            rc.isAnnotationPresent(SignedInteger.class)));
      }
    }
    return sb.append('}').toString();
  }

  private static String jsonName(Class<?> c, RecordComponent rc) {
    jakarta.json.bind.annotation.JsonbProperty named = rc.getAccessor().getAnnotation(
        jakarta.json.bind.annotation.JsonbProperty.class);
    if (named == null) {
      try {
        named = c.getDeclaredField(rc.getName()).getAnnotation(jakarta.json.bind.annotation.JsonbProperty.class);
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
    }
    return WireIntegers.jsonName(rc.getName(), named);
  }

  private static String value(Type type, Map<String, Type> bindings, Random random, int depth, boolean signed) {
    if (type instanceof TypeVariable<?> v) {
      type = bindings.getOrDefault(v.getName(), Object.class);
    }
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return string(random);
    }
    if (raw == int.class || raw == Integer.class) {
      int[] edges = {0, 1, 7, Integer.MAX_VALUE};
      int n = random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt(Integer.MAX_VALUE);
      return (signed && random.nextBoolean() ? "-" : "") + n + (random.nextInt(8) == 0 ? ".0" : "");
    }
    if (raw == long.class || raw == Long.class) {
      long[] edges = {0, 1, Integer.MAX_VALUE + 1L, Long.MAX_VALUE};
      long n = random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong() & Long.MAX_VALUE;
      return (signed && random.nextBoolean() ? "-" : "") + n;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean() ? "true" : "false";
    }
    if (raw == double.class || raw == Double.class) {
      String[] forms = {"0", "1.5", "-2.25e3", "12345678901234567890", "0.1"};
      return forms[random.nextInt(forms.length)];
    }
    if (raw == BigDecimal.class) {
      return random.nextBoolean() ? "12.50" : "-3";
    }
    if (raw == Instant.class) {
      String[] forms = {"2030-01-02T03:04:05Z", "2030-01-02T03:04:05.123Z", "1970-01-01T00:00:00.000000001Z",
        "2030-01-02T05:04:05+02:00"};
      return '"' + forms[random.nextInt(forms.length)] + '"';
    }
    if (raw == Object.class || raw == JsonValue.class) {
      return any(random, depth);
    }
    if (raw == JsonObject.class || raw == Map.class) {
      Type valueType = raw == Map.class ? ((ParameterizedType) type).getActualTypeArguments()[1] : Object.class;
      StringBuilder sb = new StringBuilder("{");
      int n = depth > 3 ? 0 : random.nextInt(3);
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "").append(string(random)).append(':')
            .append(value(valueType, bindings, random, depth + 1, false));
      }
      return sb.append('}').toString();
    }
    if (raw == List.class || raw == java.util.Collection.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      StringBuilder sb = new StringBuilder("[");
      int n = depth > 3 ? 0 : random.nextInt(3);
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "").append(value(item, bindings, random, depth + 1, false));
      }
      return sb.append(']').toString();
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return '"' + ((Enum<?>) constants[random.nextInt(constants.length)]).name() + '"';
    }
    if (raw.isRecord()) {
      Map<String, Type> inner = new java.util.HashMap<>();
      if (type instanceof ParameterizedType p) {
        for (int i = 0; i < raw.getTypeParameters().length; i++) {
          Type arg = p.getActualTypeArguments()[i];
          inner.put(raw.getTypeParameters()[i].getName(),
              arg instanceof TypeVariable<?> v ? bindings.getOrDefault(v.getName(), Object.class) : arg);
        }
      }
      return depth > 4 ? "null" : object(raw, inner, random, depth);
    }
    if (raw == Page.class) {
      return "null";
    }
    throw new AssertionError("no generator for " + type + " (the reader took a type this test does not know)");
  }

  private static String string(Random random) {
    String[] forms = {"plain", "", "snake_case_id", "qu\\\"ote", "back\\\\slash", "tab\\tnew\\nline", "\\u00e9t\\u00e9",
      "日本語", "\\ud83d\\ude00", "emoji 😀", "</script>"};
    return '"' + forms[random.nextInt(forms.length)] + (random.nextBoolean() ? random.nextInt(100) : "") + '"';
  }

  private static String any(Random random, int depth) {
    int kind = depth > 3 ? random.nextInt(4) : random.nextInt(6);
    return switch (kind) {
      case 0 -> string(random);
      case 1 -> random.nextBoolean() ? "42" : "-1.250";
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> "[" + any(random, depth + 1) + "," + any(random, depth + 1) + "]";
      default -> "{\"k\":" + any(random, depth + 1) + ",\"n\":{\"deep\":" + any(random, depth + 1) + "}}";
    };
  }
}
