package dev.amba.internal;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));
  }

  /** The {@code {"data": ...}} envelope of a single item. */
  public static final class DataEnvelope<T> {
    public T data;
  }

  /** The offset-list envelope. */
  public static final class OffsetEnvelope<T> {
    public List<T> data;
    public long total;
    public int offset;
    public int limit;
  }

  /** The cursor-list envelope; {@code has_more} may be absent, and then follows the cursor. */
  public static final class CursorEnvelope<T> {
    public List<T> data;
    public String nextCursor;
    public Boolean hasMore;
  }

  public static byte[] encode(Object value) {
    return Holder.JSONB.toJson(value).getBytes(StandardCharsets.UTF_8);
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
    if (WireIntegers.applies(type)) {
      WireIntegers.check(tree(text), type);
    }
    return Holder.JSONB.fromJson(text, type);
  }

  private static JsonValue tree(String text) {
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return reader.readValue();
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

  static boolean isJsonbFailure(RuntimeException e) {
    return e instanceof JsonbException;
  }
}
