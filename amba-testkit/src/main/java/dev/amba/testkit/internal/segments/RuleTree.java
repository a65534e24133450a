package dev.amba.testkit.internal.segments;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Times;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment's rules (amba-api-modules.md 36.2, 36.3): the check of a rule tree a create or update
 * sends, and its evaluation against one user's facts.
 *
 * <p>X decisions beyond 36.3:
 * <ul>
 *   <li>The top of {@code rules} is a group. A node with {@code operator} or {@code conditions} is a
 *       group, any other a condition; a node with a key it does not have is refused.</li>
 *   <li>Depth counts groups: the top group is depth 1; a group at depth 6 is 400
 *       {@code segment_rules_too_deep}, checked before any other mistake.</li>
 *   <li>At most {@value #MAX_CONDITIONS} conditions in a tree; {@code field} 1..256 characters.</li>
 *   <li>{@code value} is required except for {@code exists} and {@code not_exists}, which ignore it;
 *       {@code gt}..{@code lte} take a number or a timestamp, {@code within} and
 *       {@code not_within} a duration {@code <n>m|h|d} with n 1..999999.</li>
 *   <li>On a known field, each {@code not_} / {@code neq} operator is the negation of its pair: a
 *       user never seen is {@code not_within} any window, a missing property {@code neq} anything
 *       but null. An unknown field matches no operator at all (36.3 #2). A missing property is
 *       null, so {@code eq null} matches it.</li>
 *   <li>{@code entitlements.<column>} matches when any of the user's rows matches; a user without
 *       rows matches no condition on them. {@code is_active} is read against the clock.</li>
 * </ul>
 */
final class RuleTree {

  private RuleTree() {}

  static final int MAX_DEPTH = 5;
  static final int MAX_CONDITIONS = 100;
  private static final int MAX_FIELD = 256;
  private static final Set<String> OPERATORS = Set.of("AND", "OR");
  private static final Set<String> GROUP_KEYS = Set.of("operator", "conditions");
  private static final Set<String> CONDITION_KEYS = Set.of("field", "op", "value");
  private static final Set<String> ORDERED = Set.of("gt", "gte", "lt", "lte");
  private static final Set<String> OPS = Set.of("eq", "neq", "gt", "gte", "lt", "lte", "contains", "not_contains",
      "exists", "not_exists", "within", "not_within");
  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,5})([mhd])");
  /** 36.3 #1: the user columns a condition may name besides properties and entitlements. */
  static final Set<String> USER_FIELDS = Set.of("id", "external_id", "anonymous_id", "email", "phone",
      "display_name", "first_seen_at", "last_seen_at", "created_at");
  static final Set<String> ENTITLEMENT_FIELDS = Set.of("entitlement_id", "is_active", "store", "product_id",
      "purchase_date", "expiration_date");

  /** One user's facts as of one instant: what a condition can read. */
  record Subject(String userId, Map<String, JsonValue> columns, JsonObject properties,
      List<Map<String, JsonValue>> entitlements) {}

  // ---------------------------------------------------------------- the check

  /** @throws ApiException 400 {@code segment_rules_too_deep} or {@code invalid_segment_rules} */
  static void check(JsonValue rules) {
    if (depth(rules) > MAX_DEPTH) {
      throw ApiException.badRequest("segment_rules_too_deep",
          "rules nest groups " + depth(rules) + " deep; at most " + MAX_DEPTH + " are allowed");
    }
    FieldErrors errors = new FieldErrors("invalid_segment_rules");
    int[] conditions = {0};
    if (!(rules instanceof JsonObject group) || !isGroup(group)) {
      errors.add("rules", "must be a group {operator: AND or OR, conditions: [...]}", "object", rules);
    } else {
      checkGroup(group, "rules", errors, conditions);
    }
    if (conditions[0] > MAX_CONDITIONS) {
      errors.add("rules", "must hold at most " + MAX_CONDITIONS + " conditions, got " + conditions[0]);
    }
    errors.throwIfAny();
  }

  private static int depth(JsonValue node) {
    if (!(node instanceof JsonObject o) || !(o.get("conditions") instanceof JsonArray children)) {
      return node instanceof JsonObject o && isGroup(o) ? 1 : 0;
    }
    int deepest = 0;
    for (JsonValue child : children) {
      deepest = Math.max(deepest, depth(child));
    }
    return 1 + deepest;
  }

  private static boolean isGroup(JsonObject node) {
    return node.containsKey("operator") || node.containsKey("conditions");
  }

  private static void checkGroup(JsonObject group, String at, FieldErrors errors, int[] conditions) {
    errors.unknownFields(at + ".", new TreeSet<>(group.keySet()), GROUP_KEYS,
        "is not a key of a group; expected one of");
    JsonValue operator = group.get("operator");
    if (!(operator instanceof JsonString s) || !OPERATORS.contains(s.getString())) {
      errors.add(at + ".operator", "must be AND or OR", "AND or OR", operator);
    }
    if (!(group.get("conditions") instanceof JsonArray children)) {
      errors.add(at + ".conditions", "must be an array of conditions and groups", "array", group.get("conditions"));
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      String path = at + ".conditions[" + i + "]";
      JsonValue child = children.get(i);
      if (!(child instanceof JsonObject node)) {
        errors.add(path, "must be a condition {field, op, value} or a group", "object", child);
      } else if (isGroup(node)) {
        checkGroup(node, path, errors, conditions);
      } else {
        conditions[0]++;
        checkCondition(node, path, errors);
      }
    }
  }

  private static void checkCondition(JsonObject condition, String at, FieldErrors errors) {
    errors.unknownFields(at + ".", new TreeSet<>(condition.keySet()), CONDITION_KEYS,
        "is not a key of a condition; expected one of");
    JsonValue field = condition.get("field");
    if (!(field instanceof JsonString s) || s.getString().isEmpty() || s.getString().length() > MAX_FIELD) {
      errors.add(at + ".field", "must be a field name of 1 to " + MAX_FIELD + " characters", "string", field);
    }
    JsonValue op = condition.get("op");
    if (!(op instanceof JsonString o) || !OPS.contains(o.getString())) {
      errors.add(at + ".op", "must be one of " + new TreeSet<>(OPS), "operator", op);
      return;
    }
    String name = o.getString();
    JsonValue value = condition.get("value");
    if (name.equals("exists") || name.equals("not_exists")) {
      return;
    }
    if (value == null) {
      errors.add(at + ".value", "is required for " + name, "a value", null);
    } else if (ORDERED.contains(name) && !(value instanceof JsonNumber) && instant(value) == null) {
      errors.add(at + ".value", name + " compares numbers or timestamps", "number or timestamp", value);
    } else if ((name.equals("within") || name.equals("not_within")) && duration(value) == null) {
      errors.add(at + ".value", name + " takes a duration such as \"30m\", \"12h\" or \"7d\"", "duration", value);
    }
  }

  // ---------------------------------------------------------------- evaluation

  /** Whether the user is a member: {@code rules} passed {@link #check} when it was stored. */
  static boolean matches(JsonObject group, Subject subject, Instant now) {
    boolean and = "AND".equals(group.getString("operator"));
    for (JsonValue child : group.getJsonArray("conditions")) {
      JsonObject node = child.asJsonObject();
      boolean hit = isGroup(node) ? matches(node, subject, now) : holds(node, subject, now);
      if (hit != and) {
        return hit;
      }
    }
    // 36.3 #4: AND over nothing is true, OR over nothing false.
    return and;
  }

  private static boolean holds(JsonObject condition, Subject subject, Instant now) {
    String field = condition.getString("field");
    String op = condition.getString("op");
    JsonValue wanted = condition.get("value");
    if (USER_FIELDS.contains(field)) {
      return test(op, subject.columns().getOrDefault(field, JsonValue.NULL), wanted, now);
    }
    if (field.startsWith("properties.")) {
      JsonValue actual = property(subject.properties(), field.substring("properties.".length()));
      return actual != null && test(op, actual, wanted, now);
    }
    if (field.startsWith("entitlements.")) {
      String column = field.substring("entitlements.".length());
      if (!ENTITLEMENT_FIELDS.contains(column)) {
        return false;
      }
      for (Map<String, JsonValue> row : subject.entitlements()) {
        if (test(op, row.getOrDefault(column, JsonValue.NULL), wanted, now)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The value at a dotted path of the properties, JSON null where the path leads nowhere; Java null
   * for a path that is not one ({@code properties.}, {@code properties.a..b}): an unknown field.
   */
  private static JsonValue property(JsonObject properties, String path) {
    JsonValue at = properties;
    for (String step : path.split("\\.", -1)) {
      if (step.isEmpty()) {
        return null;
      }
      at = at instanceof JsonObject o && o.containsKey(step) ? o.get(step) : JsonValue.NULL;
    }
    return at;
  }

  private static boolean test(String op, JsonValue actual, JsonValue wanted, Instant now) {
    return switch (op) {
      case "eq" -> JsonIo.sameJson(actual, wanted);
      case "neq" -> !JsonIo.sameJson(actual, wanted);
      case "gt", "gte", "lt", "lte" -> ordered(op, compare(actual, wanted));
      case "contains" -> contains(actual, wanted);
      case "not_contains" -> !contains(actual, wanted);
      case "exists" -> actual.getValueType() != JsonValue.ValueType.NULL;
      case "not_exists" -> actual.getValueType() == JsonValue.ValueType.NULL;
      case "within" -> within(actual, wanted, now);
      case "not_within" -> !within(actual, wanted, now);
      default -> false;
    };
  }

  private static final int NOT_COMPARABLE = Integer.MIN_VALUE;

  private static boolean ordered(String op, int sign) {
    if (sign == NOT_COMPARABLE) {
      return false;
    }
    return switch (op) {
      case "gt" -> sign > 0;
      case "gte" -> sign >= 0;
      case "lt" -> sign < 0;
      default -> sign <= 0;
    };
  }

  /** Numbers by value, timestamps by instant; {@link #NOT_COMPARABLE} for anything else. */
  private static int compare(JsonValue actual, JsonValue wanted) {
    if (actual instanceof JsonNumber a && wanted instanceof JsonNumber w) {
      return Integer.signum(a.bigDecimalValue().compareTo(w.bigDecimalValue()));
    }
    Instant a = instant(actual);
    Instant w = instant(wanted);
    return a != null && w != null ? Integer.signum(a.compareTo(w)) : NOT_COMPARABLE;
  }

  private static boolean contains(JsonValue actual, JsonValue wanted) {
    if (actual instanceof JsonString a) {
      return wanted instanceof JsonString w && a.getString().contains(w.getString());
    }
    if (actual instanceof JsonArray items) {
      for (JsonValue item : items) {
        if (JsonIo.sameJson(item, wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean within(JsonValue actual, JsonValue wanted, Instant now) {
    Instant at = instant(actual);
    Duration window = duration(wanted);
    return at != null && window != null && at.isAfter(now.minus(window));
  }

  private static Instant instant(JsonValue value) {
    return value instanceof JsonString s ? Times.parseOrNull(s.getString()) : null;
  }

  private static Duration duration(JsonValue value) {
    if (!(value instanceof JsonString s)) {
      return null;
    }
    Matcher m = DURATION.matcher(s.getString());
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
