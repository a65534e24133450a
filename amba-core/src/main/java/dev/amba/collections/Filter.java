package dev.amba.collections;

import dev.amba.internal.WireForms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row filter: a condition on one column, or {@code and}/{@code or}/{@code not} of other filters.
 * Build filters with the static methods of {@link Where}; they validate their arguments at once
 * and serialize to the filter tree of the wire protocol.
 *
 * <p>Filters are immutable values: they may be shared between threads and queries, reused as
 * parts of bigger filters, and compared with {@link #equals}.
 *
 * <p>Comparisons follow SQL: a condition on a NULL column is neither true nor false, so
 * {@code ne("status", "draft")} and {@code not(eq("status", "draft"))} both leave out rows whose
 * status is NULL. Test for NULL with {@link Where#isNull} and {@link Where#isNotNull}.
 */
public final class Filter {

  static {
    WireForms.register(Filter.class, Filter::toWire);
  }

  private static final Object NO_VALUE = new Object();

  private final String op;
  private final String column;
  private final Object value;
  private final List<Filter> children;

  private Filter(String op, String column, Object value, List<Filter> children) {
    this.op = op;
    this.column = column;
    this.value = value;
    this.children = children;
  }

  static Filter condition(String op, String column, Object value) {
    return new Filter(op, column, value, List.of());
  }

  static Filter unary(String op, String column) {
    return new Filter(op, column, NO_VALUE, List.of());
  }

  static Filter group(String op, List<Filter> children) {
    return new Filter(op, null, NO_VALUE, List.copyOf(children));
  }

  /**
   * This filter as the protocol's JSON tree, in plain immutable maps and lists:
   * {@code {"column": "status", "op": "eq", "value": "published"}}, {@code {"and": [...]}},
   * {@code {"or": [...]}}, {@code {"not": {...}}}.
   */
  private Map<String, Object> toWire() {
    Map<String, Object> node = new LinkedHashMap<>();
    switch (op) {
      case "and", "or" -> {
        List<Object> parts = new ArrayList<>(children.size());
        for (Filter child : children) {
          parts.add(child.toWire());
        }
        node.put(op, Collections.unmodifiableList(parts));
      }
      case "not" -> node.put(op, children.get(0).toWire());
      default -> {
        node.put("column", column);
        node.put("op", op);
        if (value != NO_VALUE) {
          node.put("value", value);
        }
      }
    }
    return Collections.unmodifiableMap(node);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filter f && op.equals(f.op) && Objects.equals(column, f.column)
        && valueEquals(value, f.value) && children.equals(f.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, column, children) * 31 + valueHash(value);
  }

  /** The filter as it was written, e.g. {@code and(eq(status, "published"), gte(score, 100))}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    write(sb);
    return sb.toString();
  }

  private void write(StringBuilder sb) {
    switch (op) {
      case "and", "or", "not" -> {
        sb.append(op).append('(');
        for (int i = 0; i < children.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          children.get(i).write(sb);
        }
        sb.append(')');
      }
      default -> {
        sb.append(dslName(op)).append('(').append(column);
        if (value != NO_VALUE) {
          sb.append(", ");
          literal(sb, value);
        }
        sb.append(')');
      }
    }
  }

  private static String dslName(String wireOp) {
    return switch (wireOp) {
      case "not_in" -> "notIn";
      case "is_null" -> "isNull";
      case "is_not_null" -> "isNotNull";
      default -> wireOp;
    };
  }

  private static void literal(StringBuilder sb, Object v) {
    if (v instanceof String s) {
      sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      int shown = Math.min(list.size(), 20);
      for (int i = 0; i < shown; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        literal(sb, list.get(i));
      }
      if (shown < list.size()) {
        sb.append(", … ").append(list.size() - shown).append(" more");
      }
      sb.append(']');
    } else {
      sb.append(v);
    }
  }

  // BigDecimal.equals tells 1.0 from 1.00; as filter values they mean the same number.
  private static boolean valueEquals(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!valueEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  private static int valueHash(Object v) {
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
    }
    if (v instanceof List<?> list) {
      int h = 1;
      for (Object item : list) {
        h = 31 * h + valueHash(item);
      }
      return h;
    }
    return Objects.hashCode(v);
  }
}
