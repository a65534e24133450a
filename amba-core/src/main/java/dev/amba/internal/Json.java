package dev.amba.internal;

import dev.amba.Page;
import dev.amba.internal.util.WellFormedText;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The SDK's one JSON codec (JSON-B). Wire names are snake_case and SDK records camelCase, so the
 * naming strategy maps between them. The instance is stateless and shared: building one costs
 * tens of milliseconds, which no client should pay twice.
 */
public final class Json {

  private Json() {}

  private static final class Holder {
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
        .withPropertyVisibilityStrategy(new FieldsOfTheSdk()));
  }

  // Apart from the JSON-B holder: the SDK's own answers need only the parser, and a JVM that never
  // binds a caller's type never pays for building JSON-B.
  private static final class Parsers {
    // jakarta.json.Json.createParser looks the provider up through the ServiceLoader on every call,
    // which cost more than the whole rest of a small answer's decode.
    static final jakarta.json.stream.JsonParserFactory FACTORY =
        jakarta.json.spi.JsonProvider.provider().createParserFactory(java.util.Map.of());
  }

  /**
   * Which members JSON-B reads and writes. On the module path JSON-B reaches a member through a
   * public method-handle lookup, which sees only packages exported to everyone: a public member of
   * an SDK type in an internal package, or a record's public accessor there, would fail to bind
   * ({@code IllegalAccessException ... from public Lookup}). Through a non-public field it first
   * calls {@code setAccessible}, which the SDK's {@code opens ... to org.eclipse.yasson} allows.
   * So SDK types and records bind through their fields only (a record's fields carry its
   * component names, so its JSON is the same), which also lets a caller's row record live in a
   * package it only opens to JSON-B; any other class keeps JSON-B's usual rule: public fields and
   * methods.
   */
  static final class FieldsOfTheSdk implements PropertyVisibilityStrategy {
    private static boolean ours(Class<?> type) {
      return type.isRecord() || type.getName().startsWith("dev.amba.");
    }

    @Override
    public boolean isVisible(java.lang.reflect.Field field) {
      return ours(field.getDeclaringClass()) || Modifier.isPublic(field.getModifiers());
    }

    @Override
    public boolean isVisible(java.lang.reflect.Method method) {
      return !ours(method.getDeclaringClass()) && Modifier.isPublic(method.getModifiers());
    }
  }

  /**
   * The {@code {"data": ...}} envelope of a single item. The class is public, as JSON-B
   * instantiates it through its public constructor; its fields are not: see {@link FieldsOfTheSdk}.
   */
  public static final class DataEnvelope<T> {
    T data;

    public T data() {
      return data;
    }
  }

  /** The offset-list envelope; public, as JSON-B instantiates it through its public constructor. */
  public static final class OffsetEnvelope<T> {
    List<T> data;
    long total;
    int offset;
    int limit;
  }

  /** The cursor-list envelope; {@code has_more} may be absent, and then follows the cursor. */
  public static final class CursorEnvelope<T> {
    List<T> data;
    String nextCursor;
    Boolean hasMore;

    /** The page this envelope holds, {@code has_more} read as the protocol says. */
    public Page<T> page() {
      boolean more = hasMore != null ? hasMore : nextCursor != null;
      return new Page<>(data, more ? nextCursor : null, more && nextCursor != null);
    }
  }

  /**
   * @throws IllegalArgumentException naming the field, for a string UTF-8 cannot carry (which
   *     {@code getBytes} would turn into {@code ?} without a word)
   */
  public static byte[] encode(Object value) {
    String text = PlainJson.write(value);
    if (text == null) {
      text = viaJsonb(value);
    }
    if (WellFormedText.firstUnpairedSurrogate(text) >= 0) {
      throw unpairedSurrogate(text);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What JSON-B alone writes for {@code value}; {@link PlainJson} must write the same. */
  static String viaJsonb(Object value) {
    return Holder.JSONB.toJson(value);
  }

  /** Finds the string that holds the surrogate, to name it by its path in the JSON. */
  private static IllegalArgumentException unpairedSurrogate(String text) {
    Deque<Frame> open = new ArrayDeque<>();
    String key = null;
    try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          key = parser.getString();
          int at = WellFormedText.firstUnpairedSurrogate(key);
          if (at >= 0) {
            return WellFormedText.unpaired("a key in " + path(open, null, "the JSON"), key, at);
          }
          continue;
        }
        if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          open.removeLast();
          continue;
        }
        Frame in = open.peekLast();
        String name = in == null ? null : in.array ? "[" + in.next++ + "]" : key;
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          open.addLast(new Frame(name, event == JsonParser.Event.START_ARRAY));
        } else if (event == JsonParser.Event.VALUE_STRING) {
          String value = parser.getString();
          int at = WellFormedText.firstUnpairedSurrogate(value);
          if (at >= 0) {
            return WellFormedText.unpaired(path(open, name, "a string"), value, at);
          }
        }
      }
    }
    return new IllegalArgumentException("a string has an unpaired UTF-16 surrogate, which UTF-8 cannot carry");
  }

  /** An object or array being read: its name in its parent, and for an array the next index. */
  private static final class Frame {
    final String name;
    final boolean array;
    int next;

    Frame(String name, boolean array) {
      this.name = name;
      this.array = array;
    }
  }

  /** Such as {@code "events[0].properties.title"}; {@code top} when the value is the whole document. */
  private static String path(Deque<Frame> open, String last, String top) {
    StringBuilder sb = new StringBuilder();
    for (Frame f : open) {
      append(sb, f.name);
    }
    append(sb, last);
    return sb.length() == 0 ? top : "\"" + sb + "\"";
  }

  private static void append(StringBuilder sb, String name) {
    if (name == null) {
      return;
    }
    if (sb.length() > 0 && !name.startsWith("[")) {
      sb.append('.');
    }
    sb.append(name);
  }

  /**
   * Decodes strict UTF-8 JSON. A body that is not valid UTF-8 fails rather than being read with
   * replacement characters, which would hand the caller quietly altered data.
   */
  public static <T> T decode(byte[] body, Type type) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new JsonbException("the answer is not valid UTF-8", e);
    }
    if (WireReader.reads(type)) {
      @SuppressWarnings("unchecked")
      T value = (T) readSdkType(text, type);
      return value;
    }
    return readViaJsonb(text, type);
  }

  /** What JSON-B alone reads; {@link WireReader} must read the same. */
  static <T> T readViaJsonb(String text, Type type) {
    if (WireIntegers.applies(type)) {
      checkIntegers(text, type);
    }
    return Holder.JSONB.fromJson(text, type);
  }

  private static Object readSdkType(String text, Type type) {
    try (JsonParser parser = Parsers.FACTORY.createParser(new StringReader(text))) {
      return WireReader.read(parser, type);
    } catch (WireIntegers.NotAnInteger | WireReader.Mismatch e) {
      // The reader knows what is wrong but not where; the integer check names the field.
      if (WireIntegers.applies(type)) {
        checkIntegers(text, type);
      }
      throw new JsonbException("the answer does not have the shape of the SDK's type: " + e.getMessage(), e);
    } catch (jakarta.json.JsonException | java.util.NoSuchElementException e) {
      throw new JsonbException("the answer is not JSON (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static void checkIntegers(String text, Type type) {
    try (JsonParser parser = Parsers.FACTORY.createParser(new StringReader(text))) {
      WireIntegers.check(parser, type);
    } catch (WireIntegers.NotAnInteger e) {
      throw e;
    } catch (RuntimeException e) {
      // Not JSON at all (or nested past the parser's limit): the same failure JSON-B would report.
      throw new JsonbException("the answer is not JSON (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  public static Type parameterized(Type raw, Type... args) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return args.clone();
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof ParameterizedType p && p.getRawType().equals(raw)
            && p.getOwnerType() == null && Arrays.equals(p.getActualTypeArguments(), args);
      }

      @Override
      public int hashCode() {
        return raw.hashCode() ^ Arrays.hashCode(args);
      }

      @Override
      public String toString() {
        return raw.getTypeName() + Arrays.toString(args);
      }
    };
  }

  public static boolean isJsonbFailure(RuntimeException e) {
    return e instanceof JsonbException;
  }
}
