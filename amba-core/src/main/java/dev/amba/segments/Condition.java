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

  /**
   * Checks the parts, so a condition that exists can be sent.
   *
   * @param field the field tested, 1..256 characters
   * @param op the comparison, not null
   * @param value the value the operator takes: dropped for {@code exists}/{@code not_exists}, a
   *     number or an ISO-8601 timestamp for the orderings, a duration text for the windows, any JSON
   *     value for the rest
   * @throws NullPointerException when {@code op} is null
   * @throws IllegalArgumentException when {@code field} is null, empty or too long, or
   *     {@code value} does not fit {@code op}
   */
  public Condition {
    SegmentRuleArguments.field(field);
    Objects.requireNonNull(op, "op");
    value = SegmentRuleArguments.value(op, value);
  }

  /**
   * The field equals {@code value}, as JSON values compare.
   *
   * @param field the field tested, 1..256 characters
   * @param value a JSON value: a {@code String}, {@code Number}, {@code Boolean}, {@code List},
   *     {@code Map} or null
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is not JSON
   */
  public static Condition eq(String field, Object value) {
    return new Condition(field, ConditionOp.EQ, value);
  }

  /**
   * The field does not equal {@code value}, as JSON values compare.
   *
   * @param field the field tested, 1..256 characters
   * @param value a JSON value: a {@code String}, {@code Number}, {@code Boolean}, {@code List},
   *     {@code Map} or null
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is not JSON
   */
  public static Condition neq(String field, Object value) {
    return new Condition(field, ConditionOp.NEQ, value);
  }

  /**
   * The numeric field is greater than {@code value}.
   *
   * @param field the field tested, 1..256 characters
   * @param value the number compared against, not null
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is null
   */
  public static Condition gt(String field, Number value) {
    return new Condition(field, ConditionOp.GT, value);
  }

  /**
   * The timestamp field is later than {@code value}.
   *
   * @param field the field tested, 1..256 characters, such as {@code last_seen_at}
   * @param value the instant compared against
   * @return the condition
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code field} breaks its rule
   */
  public static Condition gt(String field, Instant value) {
    return new Condition(field, ConditionOp.GT, instant(value));
  }

  /**
   * The numeric field is greater than or equal to {@code value}.
   *
   * @param field the field tested, 1..256 characters
   * @param value the number compared against, not null
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is null
   */
  public static Condition gte(String field, Number value) {
    return new Condition(field, ConditionOp.GTE, value);
  }

  /**
   * The timestamp field is at or after {@code value}.
   *
   * @param field the field tested, 1..256 characters, such as {@code created_at}
   * @param value the instant compared against
   * @return the condition
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code field} breaks its rule
   */
  public static Condition gte(String field, Instant value) {
    return new Condition(field, ConditionOp.GTE, instant(value));
  }

  /**
   * The numeric field is less than {@code value}.
   *
   * @param field the field tested, 1..256 characters
   * @param value the number compared against, not null
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is null
   */
  public static Condition lt(String field, Number value) {
    return new Condition(field, ConditionOp.LT, value);
  }

  /**
   * The timestamp field is earlier than {@code value}.
   *
   * @param field the field tested, 1..256 characters, such as {@code first_seen_at}
   * @param value the instant compared against
   * @return the condition
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code field} breaks its rule
   */
  public static Condition lt(String field, Instant value) {
    return new Condition(field, ConditionOp.LT, instant(value));
  }

  /**
   * The numeric field is less than or equal to {@code value}.
   *
   * @param field the field tested, 1..256 characters
   * @param value the number compared against, not null
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is null
   */
  public static Condition lte(String field, Number value) {
    return new Condition(field, ConditionOp.LTE, value);
  }

  /**
   * The timestamp field is at or before {@code value}.
   *
   * @param field the field tested, 1..256 characters
   * @param value the instant compared against
   * @return the condition
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code field} breaks its rule
   */
  public static Condition lte(String field, Instant value) {
    return new Condition(field, ConditionOp.LTE, instant(value));
  }

  /**
   * {@code value} is a substring of a string field, or a member of an array field.
   *
   * @param field the field tested, 1..256 characters
   * @param value a JSON value: a substring to find, or an element to look for
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is not JSON
   */
  public static Condition contains(String field, Object value) {
    return new Condition(field, ConditionOp.CONTAINS, value);
  }

  /**
   * The negation of {@link #contains}: {@code value} is neither a substring nor a member of the field.
   *
   * @param field the field tested, 1..256 characters
   * @param value a JSON value: a substring, or an element
   * @return the condition
   * @throws IllegalArgumentException when {@code field} breaks its rule or {@code value} is not JSON
   */
  public static Condition notContains(String field, Object value) {
    return new Condition(field, ConditionOp.NOT_CONTAINS, value);
  }

  /**
   * The field is present and not null.
   *
   * @param field the field tested, 1..256 characters, such as {@code properties.plan}
   * @return the condition, without a value
   * @throws IllegalArgumentException when {@code field} breaks its rule
   */
  public static Condition exists(String field) {
    return new Condition(field, ConditionOp.EXISTS, null);
  }

  /**
   * The field is missing or null.
   *
   * @param field the field tested, 1..256 characters, such as {@code email}
   * @return the condition, without a value
   * @throws IllegalArgumentException when {@code field} breaks its rule
   */
  public static Condition notExists(String field) {
    return new Condition(field, ConditionOp.NOT_EXISTS, null);
  }

  /**
   * A timestamp field newer than now minus {@code window}: whole minutes from 1 minute, sent in the
   * largest unit that divides it ({@code "30m"}, {@code "12h"}, {@code "7d"}).
   *
   * @param field the timestamp field tested, 1..256 characters, such as {@code last_seen_at}
   * @param window a positive whole number of minutes
   * @return the condition
   * @throws NullPointerException when {@code window} is null
   * @throws IllegalArgumentException when {@code window} is not a positive whole number of minutes,
   *     is longer than the service accepts, or {@code field} breaks its rule
   */
  public static Condition within(String field, Duration window) {
    return new Condition(field, ConditionOp.WITHIN, SegmentRuleArguments.window(window, "window"));
  }

  /**
   * The negation of {@link #within}: also true when the field is not set.
   *
   * @param field the timestamp field tested, 1..256 characters
   * @param window a positive whole number of minutes
   * @return the condition
   * @throws NullPointerException when {@code window} is null
   * @throws IllegalArgumentException when {@code window} is not a positive whole number of minutes,
   *     is longer than the service accepts, or {@code field} breaks its rule
   */
  public static Condition notWithin(String field, Duration window) {
    return new Condition(field, ConditionOp.NOT_WITHIN, SegmentRuleArguments.window(window, "window"));
  }

  private static String instant(Instant value) {
    return Objects.requireNonNull(value, "value").toString();
  }
}
