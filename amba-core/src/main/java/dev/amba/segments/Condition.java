package dev.amba.segments;

import dev.amba.internal.segments.SegmentRuleArguments;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One test of a user: {@code field op value}. Fields are the user columns {@code id},
 * {@code external_id}, {@code anonymous_id}, {@code email}, {@code phone}, {@code display_name},
 * {@code first_seen_at}, {@code last_seen_at}, {@code created_at}; {@code properties.<path>} (a
 * dotted path into the user's properties); and {@code entitlements.<column>} (true when any of the
 * user's entitlements matches). A field the server does not know never matches.
 *
 * @param field the field tested, 1..256 characters
 * @param op the comparison
 * @param value the JSON value compared against: a {@code String}, {@code Number}, {@code Boolean},
 *     {@code List}, {@code Map} or null; for {@code within}/{@code not_within} a duration text such
 *     as {@code "7d"}; null for {@code exists}/{@code not_exists}
 */
public record Condition(String field, ConditionOp op, Object value) implements SegmentRule {

  /** Checks the parts, so a condition that exists can be sent. */
  public Condition {
    SegmentRuleArguments.field(field);
    Objects.requireNonNull(op, "op");
    value = SegmentRuleArguments.value(op, value);
  }

  public static Condition eq(String field, Object value) {
    return new Condition(field, ConditionOp.EQ, value);
  }

  public static Condition neq(String field, Object value) {
    return new Condition(field, ConditionOp.NEQ, value);
  }

  public static Condition gt(String field, Number value) {
    return new Condition(field, ConditionOp.GT, value);
  }

  public static Condition gt(String field, Instant value) {
    return new Condition(field, ConditionOp.GT, instant(value));
  }

  public static Condition gte(String field, Number value) {
    return new Condition(field, ConditionOp.GTE, value);
  }

  public static Condition gte(String field, Instant value) {
    return new Condition(field, ConditionOp.GTE, instant(value));
  }

  public static Condition lt(String field, Number value) {
    return new Condition(field, ConditionOp.LT, value);
  }

  public static Condition lt(String field, Instant value) {
    return new Condition(field, ConditionOp.LT, instant(value));
  }

  public static Condition lte(String field, Number value) {
    return new Condition(field, ConditionOp.LTE, value);
  }

  public static Condition lte(String field, Instant value) {
    return new Condition(field, ConditionOp.LTE, instant(value));
  }

  /** A substring of a string field, or a member of an array field. */
  public static Condition contains(String field, Object value) {
    return new Condition(field, ConditionOp.CONTAINS, value);
  }

  public static Condition notContains(String field, Object value) {
    return new Condition(field, ConditionOp.NOT_CONTAINS, value);
  }

  public static Condition exists(String field) {
    return new Condition(field, ConditionOp.EXISTS, null);
  }

  public static Condition notExists(String field) {
    return new Condition(field, ConditionOp.NOT_EXISTS, null);
  }

  /**
   * A timestamp field newer than now minus {@code window}: whole minutes from 1 minute, sent in the
   * largest unit that divides it ({@code "30m"}, {@code "12h"}, {@code "7d"}).
   */
  public static Condition within(String field, Duration window) {
    return new Condition(field, ConditionOp.WITHIN, SegmentRuleArguments.window(window, "window"));
  }

  /** The negation of {@link #within}: also true when the field is not set. */
  public static Condition notWithin(String field, Duration window) {
    return new Condition(field, ConditionOp.NOT_WITHIN, SegmentRuleArguments.window(window, "window"));
  }

  private static String instant(Instant value) {
    return Objects.requireNonNull(value, "value").toString();
  }
}
