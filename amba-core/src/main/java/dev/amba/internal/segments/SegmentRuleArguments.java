package dev.amba.internal.segments;

import dev.amba.internal.util.JsonValues;
import dev.amba.internal.util.WellFormedText;
import dev.amba.segments.Condition;
import dev.amba.segments.ConditionOp;
import dev.amba.segments.SegmentOperator;
import dev.amba.segments.SegmentRule;
import dev.amba.segments.SegmentRules;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks of a segment's rule tree (amba-api-modules.md 36.2, 36.3) made before anything is
 * sent, and its wire form. The server checks the same and answers 400 {@code invalid_segment_rules}
 * or {@code segment_rules_too_deep}; the SDK refuses what it knows the server would.
 */
public final class SegmentRuleArguments {

  private SegmentRuleArguments() {}

  private static final int MAX_FIELD = 256;
  private static final Pattern DURATION = Pattern.compile("[1-9][0-9]{0,5}[mhd]");
  private static final long MAX_AMOUNT = 999_999;

  public static String field(String field) {
    if (field == null || field.isEmpty() || field.length() > MAX_FIELD) {
      throw new IllegalArgumentException("field must be 1.." + MAX_FIELD + " characters, got "
          + (field == null ? "null" : field.length() + " characters"));
    }
    return WellFormedText.require(field, "field");
  }

  /**
   * The value a condition's operator takes: none for {@code exists} (dropped), a number or a
   * timestamp for the orderings, a duration text for the windows, any JSON for the rest. A value of
   * an operator this SDK does not know is kept as read.
   */
  public static Object value(ConditionOp op, Object value) {
    switch (op) {
      case EXISTS, NOT_EXISTS:
        return null;
      case GT, GTE, LT, LTE:
        if (value instanceof Number || value instanceof String s && isInstant(s)) {
          return value;
        }
        throw new IllegalArgumentException("value of " + op.wireName() + " must be a number or a timestamp, got "
            + kind(value));
      case WITHIN, NOT_WITHIN:
        if (value instanceof String s && DURATION.matcher(s).matches()) {
          return value;
        }
        throw new IllegalArgumentException("value of " + op.wireName()
            + " must be a duration such as \"30m\", \"12h\" or \"7d\", got " + kind(value));
      case UNKNOWN:
        return value;
      default:
        JsonValues.requireJson(value, "value");
        return value;
    }
  }

  /** A window in whole minutes, written in the largest unit that divides it. */
  public static String window(Duration window, String argument) {
    Objects.requireNonNull(window, argument);
    long minutes = window.toMinutes();
    if (window.isNegative() || window.isZero() || !window.equals(Duration.ofMinutes(minutes))) {
      throw new IllegalArgumentException(argument + " must be a positive whole number of minutes, got " + window);
    }
    String text = minutes % (24 * 60) == 0 ? minutes / (24 * 60) + "d"
        : minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    if (Long.parseLong(text.substring(0, text.length() - 1)) > MAX_AMOUNT) {
      throw new IllegalArgumentException(argument + " is too long: at most " + MAX_AMOUNT + " days, got " + window);
    }
    return text;
  }

  public static SegmentRule[] nodes(SegmentRule... rules) {
    Objects.requireNonNull(rules, "rules");
    for (int i = 0; i < rules.length; i++) {
      Objects.requireNonNull(rules[i], "rules[" + i + "]");
    }
    return rules;
  }

  /**
   * The wire form of a tree: {@code {operator, conditions: [...]}} with each condition
   * {@code {field, op, value}}.
   *
   * @throws IllegalArgumentException naming {@code argument} for a tree deeper than
   *     {@value SegmentRules#MAX_DEPTH} groups, with more than {@value SegmentRules#MAX_CONDITIONS}
   *     conditions, or holding an operator this SDK does not know
   */
  public static Map<String, Object> toWire(SegmentRules rules, String argument) {
    Objects.requireNonNull(rules, argument);
    if (rules.depth() > SegmentRules.MAX_DEPTH) {
      throw new IllegalArgumentException(argument + " nests groups " + rules.depth() + " deep; at most "
          + SegmentRules.MAX_DEPTH + " are allowed");
    }
    int[] count = {0};
    Map<String, Object> wire = group(rules, argument, count);
    if (count[0] > SegmentRules.MAX_CONDITIONS) {
      throw new IllegalArgumentException(argument + " holds " + count[0] + " conditions; at most "
          + SegmentRules.MAX_CONDITIONS + " are allowed");
    }
    return wire;
  }

  private static Map<String, Object> group(SegmentRules rules, String at, int[] count) {
    if (rules.operator() == SegmentOperator.UNKNOWN) {
      throw new IllegalArgumentException(at + ".operator is one this SDK does not know; use AND or OR");
    }
    List<Object> conditions = new ArrayList<>();
    for (int i = 0; i < rules.conditions().size(); i++) {
      String path = at + ".conditions[" + i + "]";
      SegmentRule node = rules.conditions().get(i);
      if (node instanceof SegmentRules nested) {
        conditions.add(group(nested, path, count));
      } else {
        count[0]++;
        conditions.add(condition((Condition) node, path));
      }
    }
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("operator", rules.operator().name());
    wire.put("conditions", Collections.unmodifiableList(conditions));
    return Collections.unmodifiableMap(wire);
  }

  private static Map<String, Object> condition(Condition c, String at) {
    if (c.op() == ConditionOp.UNKNOWN) {
      throw new IllegalArgumentException(at + ".op is one this SDK does not know");
    }
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put("field", c.field());
    wire.put("op", c.op().wireName());
    if (c.op() != ConditionOp.EXISTS && c.op() != ConditionOp.NOT_EXISTS) {
      wire.put("value", c.value());
    }
    return Collections.unmodifiableMap(wire);
  }

  private static boolean isInstant(String text) {
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String kind(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
