package dev.amba.internal.util;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and copies a tree of caller values that will travel as JSON (event properties, catalog
 * metadata), once, when it is handed over. What the JSON encoder would choke on later (NaN, a map
 * that contains itself, a type with no JSON form) is refused here, on the caller's thread, naming
 * the place; what is kept is an unmodifiable deep copy, so a caller changing its own map
 * afterwards cannot make a queued event fail on the sender thread.
 *
 * <p>One walk that also makes the copy; track is a hot path, so the path of a refused value is
 * only put together while the refusal unwinds, never on the way down.
 */
public final class JsonProperties {

  /**
   * How deep values may nest below the top-level map. Far beyond any analytics property, far below
   * the 1,000 levels at which JSON parsers (the server's among them) give up, and shallow enough
   * that this recursive walk cannot overflow the stack.
   */
  public static final int MAX_DEPTH = 100;

  /** The containers from the top-level map down to the current one, to find cycles by identity. */
  private Object[] ancestors = new Object[4];

  private JsonProperties() {}

  /**
   * The checked, unmodifiable deep copy of {@code properties}.
   *
   * @param name how the caller knows the map, e.g. {@code properties}: the root of the paths named
   * @throws IllegalArgumentException naming the path of the first value JSON cannot carry
   */
  public static Map<String, Object> copy(Map<?, ?> properties, String name) {
    if (properties.isEmpty()) {
      return Map.of();
    }
    try {
      return new JsonProperties().copyMap(properties, 0, true);
    } catch (Refusal r) {
      throw r.toException(name);
    }
  }

  private void enter(int depth, Object container) {
    if (depth == ancestors.length) {
      ancestors = Arrays.copyOf(ancestors, Math.min(MAX_DEPTH + 1, depth * 2));
    }
    ancestors[depth] = container;
  }

  private Map<String, Object> copyMap(Map<?, ?> map, int depth, boolean top) {
    enter(depth, map);
    Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object key = e.getKey();
      if (!(key instanceof String k)) {
        throw new Refusal(key == null ? "has a null key" : "has a key of type " + key.getClass().getName()
            + "; JSON object keys are strings");
      }
      if (top && k.isEmpty()) {
        throw new Refusal("has an empty key; top-level property keys must be non-empty");
      }
      if (WellFormedText.firstUnpairedSurrogate(k) >= 0) {
        throw new Refusal("has a key with an unpaired UTF-16 surrogate, which UTF-8 cannot carry");
      }
      try {
        copy.put(k, value(e.getValue(), depth));
      } catch (Refusal r) {
        throw r.under("." + k);
      }
    }
    ancestors[depth] = null;
    return Collections.unmodifiableMap(copy);
  }

  private List<Object> copyList(Object container, int size, Iterable<?> items, int depth) {
    enter(depth, container);
    List<Object> copy = new ArrayList<>(size);
    int i = 0;
    for (Object item : items) {
      try {
        copy.add(value(item, depth));
      } catch (Refusal r) {
        throw r.under("[" + i + "]");
      }
      i++;
    }
    ancestors[depth] = null;
    return Collections.unmodifiableList(copy);
  }

  /** The copy of one value found at {@code depth} (its container's depth). */
  private Object value(Object v, int depth) {
    if (v instanceof String text && WellFormedText.firstUnpairedSurrogate(text) >= 0) {
      // Refused here, on the caller's thread: found at encoding, it would cost the whole batch.
      throw new Refusal("has an unpaired UTF-16 surrogate, which UTF-8 cannot carry");
    }
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof BigDecimal || v instanceof BigInteger || v instanceof Short || v instanceof Byte) {
      return v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new Refusal("is " + v + "; JSON carries only finite numbers");
      }
      return v;
    }
    boolean container = v instanceof Map<?, ?> || v instanceof Collection<?> || v.getClass().isArray();
    if (!container) {
      throw new Refusal("is a " + v.getClass().getName() + "; use null, a String, Boolean, Integer, Long, Short,"
          + " Byte, Double, Float, BigDecimal, BigInteger, or a Map, Collection or array of those");
    }
    for (int i = 0; i <= depth; i++) {
      if (ancestors[i] == v) {
        throw Refusal.cycle(i);
      }
    }
    int next = depth + 1;
    if (next > MAX_DEPTH) {
      throw new Refusal("nests deeper than " + MAX_DEPTH + " levels");
    }
    if (v instanceof Map<?, ?> m) {
      return copyMap(m, next, false);
    }
    if (v instanceof Collection<?> c) {
      return copyList(v, c.size(), c, next);
    }
    return copyArray(v, next);
  }

  private List<Object> copyArray(Object array, int depth) {
    int n = Array.getLength(array);
    if (array instanceof char[]) {
      // JSON-B writes a char[] as an array of one-character strings, which nobody means.
      throw new Refusal("is a char[]; pass a String");
    }
    List<Object> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // Boxes primitives; an Object[] may hold further containers, which copyList checks.
      items.add(Array.get(array, i));
    }
    return copyList(array, n, items, depth);
  }

  /**
   * A refusal on its way up: each level adds its part of the path. Without a stack trace, since it
   * never leaves this class.
   */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final Deque<String> path = new ArrayDeque<>();
    /** For a cycle: how many path parts lead to the container it goes back to; -1 otherwise. */
    private final int cycleDepth;

    Refusal(String reason) {
      this(reason, -1);
    }

    private Refusal(String reason, int cycleDepth) {
      super(null, null, false, false);
      this.reason = reason;
      this.cycleDepth = cycleDepth;
    }

    /** A container met again inside itself; {@code depth} is where it was first entered. */
    static Refusal cycle(int depth) {
      return new Refusal(null, depth);
    }

    Refusal under(String part) {
      path.addFirst(part);
      return this;
    }

    IllegalArgumentException toException(String name) {
      StringBuilder where = new StringBuilder(name);
      String back = name;
      int i = 0;
      for (String part : path) {
        where.append(part);
        if (++i == cycleDepth) {
          back = where.toString();
        }
      }
      String why = cycleDepth < 0 ? reason
          : "contains itself (a cycle back to " + back + "); JSON cannot carry a cycle";
      return new IllegalArgumentException(where.append(' ').append(why).toString());
    }
  }
}
