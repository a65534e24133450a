package dev.amba.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the SDK's own request bodies, trees of maps, lists, strings, numbers and booleans, without
 * JSON-B. Yasson looks a serializer up for every value of a {@code Map<String, Object>} at run time,
 * which was about 40% of a tracked event's CPU; the SDK's bodies hold only the JSON types, so a
 * direct writer gives the same bytes at a fraction of the cost.
 *
 * <p>It writes exactly what {@link Json}'s JSON-B would (a property test holds the two to the same
 * bytes), and declines anything else: a caller's record, an {@code Instant}, a non-finite double, a
 * key that is not a string. Then {@link #write} answers null and the whole value goes to JSON-B, so
 * there is one rule for each type, never two.
 */
final class PlainJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  // Deeper than any SDK body; a cycle or a pathological tree goes to JSON-B, which reports it.
  private static final int MAX_DEPTH = 64;

  private PlainJson() {}

  /** The JSON text of {@code value}, or null when it holds a type this writer leaves to JSON-B. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    return value(value, out, 0) ? out.toString() : null;
  }

  private static boolean value(Object v, StringBuilder out, int depth) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger) {
      out.append(v);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return false;
      }
      out.append(d.doubleValue());
    } else if (v instanceof BigDecimal d) {
      out.append(d);
    } else if (v instanceof Map<?, ?> map) {
      return depth < MAX_DEPTH && object(map, out, depth + 1);
    } else if (v instanceof Collection<?> list) {
      return depth < MAX_DEPTH && array(list, out, depth + 1);
    } else {
      return false;
    }
    return true;
  }

  private static boolean object(Map<?, ?> map, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        return false;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(key, out);
      out.append(':');
      if (!value(e.getValue(), out, depth)) {
        return false;
      }
    }
    out.append('}');
    return true;
  }

  private static boolean array(Collection<?> list, StringBuilder out, int depth) {
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        out.append(',');
      }
      first = false;
      if (!value(item, out, depth)) {
        return false;
      }
    }
    out.append(']');
    return true;
  }

  /** JSON-P's escaping: the quote, the backslash and the C0 controls; everything else as it is. */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    out.append(s, start, s.length()).append('"');
  }
}
