package dev.amba.testkit.internal.store;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.h2.LikePattern;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code FindOptions} (or count) body of amba-api.md section 5.1, checked against one
 * collection's schema and compiled into SQL. Column names are looked up in the schema and only
 * the schema's own name is written into the SQL, quoted; values are converted to the column's
 * type and bound. Anything that cannot be compiled is a 400 before any SQL runs.
 *
 * <p>Limits keep hostile input cheap: nesting depth, node count, list length, the total
 * number of bound values and the length and wildcards of like patterns are bounded, and each
 * answers a 400 that names the limit.
 */
public final class CollectionQuery {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_DEPTH = 64;
  /** Many values belong in one in-list; this many conditions is already a URL of ~70 KB. */
  public static final int MAX_NODES = 1_000;
  public static final int MAX_LIST = 10_000;
  public static final int MAX_VALUES = 20_000;
  public static final int MAX_ORDER = 8;
  /**
   * The longest like/ilike pattern. Patterns come from search boxes and prefixes, tens of
   * characters; the matcher's cost per row grows with the pattern's length (one word operation
   * per character of the row per 64 pattern characters), so the length is what bounds it.
   */
  public static final int MAX_PATTERN_LENGTH = 256;
  /**
   * The most {@code %} wildcards in one pattern, a run of them ({@code %%%}) counted once. Apps
   * write one to three ({@code %term%}, {@code a%b%c}); a backtracking matcher, such as H2's own
   * LIKE, costs the row's length to the power of this count (four against a 300-character row
   * took H2 3 s), which is why the emulator does not use one, and why a pattern with more is
   * refused as a mistake or an attack rather than run.
   */
  public static final int MAX_PATTERN_WILDCARDS = 8;

  private static final Set<String> FIND_KEYS = Set.of("filter", "order", "limit", "cursor", "select", "include_deleted");
  private static final Set<String> COUNT_KEYS = Set.of("filter", "include_deleted");
  private static final Set<String> CONDITION_KEYS = Set.of("column", "op", "value");
  private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "gte", "lt", "lte");
  private static final Map<String, String> SQL_COMPARISON =
      Map.of("eq", " = ", "ne", " <> ", "gt", " > ", "gte", " >= ", "lt", " < ", "lte", " <= ");
  private static final Set<String> OPS = Set.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "like",
      "ilike", "is_null", "is_not_null");

  /** One column of the effective order. */
  public record OrderKey(CollectionColumn column, boolean descending) {}

  private final CollectionDef def;
  private CollectionSql filter;
  private final List<OrderKey> order = new ArrayList<>();
  private int limit = DEFAULT_LIMIT;
  private List<Object> after;
  private List<String> select;
  private boolean includeDeleted;
  private int nodes;
  private int values;

  private CollectionQuery(CollectionDef def) {
    this.def = def;
  }

  /** The options of a find; {@code options} may be empty. */
  public static CollectionQuery forFind(JsonObject options, CollectionDef def) {
    CollectionQuery q = new CollectionQuery(def);
    q.checkKeys(options, FIND_KEYS, "a find option");
    q.parseCommon(options);
    q.parseOrder(present(options, "order"));
    JsonValue limit = present(options, "limit");
    if (limit != null) {
      q.limit = intIn(limit, "limit", 1, MAX_LIMIT);
    }
    JsonValue select = present(options, "select");
    if (select != null) {
      q.parseSelect(select);
    }
    JsonValue cursor = present(options, "cursor");
    if (cursor != null) {
      if (cursor.getValueType() != JsonValue.ValueType.STRING) {
        throw CollectionErrors.invalid("cursor", "must be a string returned as next_cursor");
      }
      q.after = q.decodeCursor(((JsonString) cursor).getString());
    }
    return q;
  }

  /** The options of a count: a filter and include_deleted only. */
  public static CollectionQuery forCount(JsonObject options, CollectionDef def) {
    CollectionQuery q = new CollectionQuery(def);
    q.checkKeys(options, COUNT_KEYS, "a count option");
    q.parseCommon(options);
    return q;
  }

  public int limit() {
    return limit;
  }

  /** The columns to answer with, or null for all. */
  public List<String> select() {
    return select;
  }

  /**
   * The WHERE clause: the acting user's rows, not deleted unless asked, matching the filter, and
   * after the cursor's row.
   */
  public CollectionSql where(String userId) {
    CollectionSql sql = new CollectionSql().sql(" WHERE \"user_id\" = ").value(CollectionType.TEXT, userId);
    if (!includeDeleted) {
      sql.sql(" AND \"deleted_at\" IS NULL");
    }
    if (filter != null) {
      sql.sql(" AND (").append(filter).sql(")");
    }
    if (after != null) {
      sql.sql(" AND (").append(keyset()).sql(")");
    }
    return sql;
  }

  /** ORDER BY with NULLs ranked above every value, as Postgres does by default. */
  public String orderBy() {
    StringBuilder sb = new StringBuilder(" ORDER BY ");
    for (int i = 0; i < order.size(); i++) {
      OrderKey k = order.get(i);
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(k.column().sql()).append(k.descending() ? " DESC NULLS FIRST" : " ASC NULLS LAST");
    }
    return sb.toString();
  }

  /** The cursor that continues after {@code lastRow}, a full row as the store returns it. */
  public String cursorAfter(JsonObject lastRow) {
    JsonArrayBuilder keys = JsonIo.array();
    for (OrderKey k : order) {
      keys.add(lastRow.getOrDefault(k.column().name(), JsonValue.NULL));
    }
    String json = JsonIo.write(JsonIo.object().add("o", signature()).add("k", keys).build());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private void parseCommon(JsonObject options) {
    JsonValue f = present(options, "filter");
    if (f != null) {
      filter = compile(f, "filter", 1);
    }
    JsonValue deleted = present(options, "include_deleted");
    if (deleted != null) {
      if (deleted.getValueType() != JsonValue.ValueType.TRUE && deleted.getValueType() != JsonValue.ValueType.FALSE) {
        throw CollectionErrors.invalid("include_deleted", "must be true or false");
      }
      includeDeleted = deleted.getValueType() == JsonValue.ValueType.TRUE;
    }
  }

  private void checkKeys(JsonObject options, Set<String> allowed, String what) {
    for (String key : options.keySet()) {
      if (!allowed.contains(key)) {
        throw CollectionErrors.invalid(key, "is not " + what + "; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  // ---- filter ----

  private CollectionSql compile(JsonValue node, String at, int depth) {
    if (depth > MAX_DEPTH) {
      throw CollectionErrors.invalid(at, "filters nest at most " + MAX_DEPTH + " levels deep");
    }
    if (++nodes > MAX_NODES) {
      throw CollectionErrors.invalid("filter", "a filter has at most " + MAX_NODES + " nodes");
    }
    if (node.getValueType() != JsonValue.ValueType.OBJECT) {
      throw CollectionErrors.invalid(at, "must be a filter object, got " + JsonIo.typeName(node));
    }
    JsonObject o = node.asJsonObject();
    for (String structural : List.of("and", "or", "not")) {
      if (o.containsKey(structural)) {
        if (o.size() != 1) {
          throw CollectionErrors.invalid(at, "\"" + structural + "\" must be the only key of its object");
        }
        return structural.equals("not")
            ? new CollectionSql().sql("NOT (").append(compile(o.get("not"), at + ".not", depth + 1)).sql(")")
            : group(structural, o.get(structural), at + "." + structural, depth);
      }
    }
    return condition(o, at);
  }

  private CollectionSql group(String op, JsonValue parts, String at, int depth) {
    if (parts.getValueType() != JsonValue.ValueType.ARRAY) {
      throw CollectionErrors.invalid(at, "must be an array of filters, got " + JsonIo.typeName(parts));
    }
    JsonArray array = parts.asJsonArray();
    if (array.isEmpty()) {
      // The identities of AND and OR: an empty "and" holds for every row, an empty "or" for none.
      return new CollectionSql().sql(op.equals("and") ? "TRUE" : "FALSE");
    }
    CollectionSql sql = new CollectionSql().sql("(");
    for (int i = 0; i < array.size(); i++) {
      if (i > 0) {
        sql.sql(op.equals("and") ? " AND " : " OR ");
      }
      sql.append(compile(array.get(i), at + "[" + i + "]", depth + 1));
    }
    return sql.sql(")");
  }

  private CollectionSql condition(JsonObject o, String at) {
    for (String key : o.keySet()) {
      if (!CONDITION_KEYS.contains(key)) {
        throw CollectionErrors.invalid(at + "." + key,
            "is not a filter key; a condition has column, op and value, a group and, or or not");
      }
    }
    String name = string(o.get("column"), at + ".column");
    String op = string(o.get("op"), at + ".op");
    if (!OPS.contains(op)) {
      throw CollectionErrors.invalid(at + ".op", "unknown operator; expected one of " + new java.util.TreeSet<>(OPS));
    }
    CollectionColumn column = def.column(name);
    if (column == null) {
      throw CollectionErrors.unknownColumn(name, def);
    }
    JsonValue value = o.get("value");
    if (op.equals("is_null") || op.equals("is_not_null")) {
      if (value != null) {
        throw CollectionErrors.invalid(at + ".value", op + " takes no value");
      }
      return new CollectionSql().sql(column.sql()).sql(op.equals("is_null") ? " IS NULL" : " IS NOT NULL");
    }
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw CollectionErrors.invalid(at + ".value", "is required and must not be null; test NULL with is_null");
    }
    if (COMPARISONS.contains(op)) {
      requireComparable(column, op);
      return new CollectionSql().sql(column.sql()).sql(SQL_COMPARISON.get(op)).value(column.type(), sqlValue(column, value));
    }
    if (op.equals("in") || op.equals("not_in")) {
      requireComparable(column, op);
      return list(column, op, value, at);
    }
    return pattern(column, op, value, at);
  }

  private CollectionSql list(CollectionColumn column, String op, JsonValue value, String at) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw CollectionErrors.invalid(at + ".value", op + " takes an array of values, got " + JsonIo.typeName(value));
    }
    JsonArray items = value.asJsonArray();
    if (items.size() > MAX_LIST) {
      throw CollectionErrors.invalid(at + ".value", op + " takes at most " + MAX_LIST + " values, got " + items.size());
    }
    if (items.isEmpty()) {
      // No value equals a member of the empty list, NULL included.
      return new CollectionSql().sql(op.equals("in") ? "FALSE" : "TRUE");
    }
    CollectionSql sql = new CollectionSql().sql(column.sql()).sql(op.equals("in") ? " IN (" : " NOT IN (");
    for (int i = 0; i < items.size(); i++) {
      JsonValue item = items.get(i);
      if (item.getValueType() == JsonValue.ValueType.NULL) {
        throw CollectionErrors.invalid(at + ".value[" + i + "]", "must not be null; test NULL with is_null");
      }
      sql.sql(i == 0 ? "" : ", ").value(column.type(), sqlValue(column, item));
    }
    return sql.sql(")");
  }

  private CollectionSql pattern(CollectionColumn column, String op, JsonValue value, String at) {
    if (column.type() != CollectionType.TEXT) {
      throw CollectionErrors.violation(column.name(), op + " applies to text columns; " + column.name() + " is "
          + column.type());
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw CollectionErrors.violations().add(column.name(), op + " takes a string pattern", "string", value)
          .toException();
    }
    String pattern = ((JsonString) value).getString();
    int trailing = 0;
    for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      trailing++;
    }
    if (trailing % 2 == 1) {
      throw CollectionErrors.invalid(at + ".value", "a pattern must not end with the escape character \\");
    }
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      throw CollectionErrors.invalid(column.name(), op + " patterns are at most " + MAX_PATTERN_LENGTH
          + " characters long; this one has " + pattern.length());
    }
    boolean ignoreCase = op.equals("ilike");
    int wildcards = LikePattern.compile(pattern, ignoreCase).wildcards();
    if (wildcards > MAX_PATTERN_WILDCARDS) {
      throw CollectionErrors.invalid(column.name(), op + " patterns hold at most " + MAX_PATTERN_WILDCARDS
          + " % wildcards (a run of % counts once); this one has " + wildcards);
    }
    // Matched in linear time by the emulator's own function, never by H2's backtracking LIKE.
    return new CollectionSql().sql(LikePattern.SQL_FUNCTION + "(").sql(column.sql()).sql(", ")
        .value(CollectionType.TEXT, sqlValue(column, value)).sql(ignoreCase ? ", TRUE)" : ", FALSE)");
  }

  private static void requireComparable(CollectionColumn column, String op) {
    if (!column.type().comparable()) {
      throw CollectionErrors.violation(column.name(), op + " does not apply to " + column.type() + " columns; "
          + "only is_null and is_not_null do");
    }
  }

  private Object sqlValue(CollectionColumn column, JsonValue value) {
    if (++values > MAX_VALUES) {
      throw CollectionErrors.invalid("filter", "a filter holds at most " + MAX_VALUES + " values");
    }
    try {
      return column.type().toSql(value, column.dimension());
    } catch (CollectionType.Mismatch m) {
      throw CollectionErrors.violations().add(column.name(), "must be " + m.expected() + " to compare with "
          + column.type() + " column " + column.name(), column.type().wire(), value).toException();
    }
  }

  // ---- order, select, cursor ----

  private void parseOrder(JsonValue value) {
    if (value != null) {
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        throw CollectionErrors.invalid("order", "must be an array of {column, direction}");
      }
      JsonArray entries = value.asJsonArray();
      if (entries.size() > MAX_ORDER) {
        throw CollectionErrors.invalid("order", "orders by at most " + MAX_ORDER + " columns");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < entries.size(); i++) {
        String at = "order[" + i + "]";
        if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          throw CollectionErrors.invalid(at, "must be an object {column, direction}");
        }
        JsonObject e = entries.get(i).asJsonObject();
        for (String key : e.keySet()) {
          if (!key.equals("column") && !key.equals("direction")) {
            throw CollectionErrors.invalid(at + "." + key, "is not an order key; expected column and direction");
          }
        }
        String name = string(e.get("column"), at + ".column");
        CollectionColumn column = def.column(name);
        if (column == null) {
          throw CollectionErrors.unknownColumn(name, def);
        }
        if (!column.type().comparable()) {
          throw CollectionErrors.violation(name, "cannot order by a " + column.type() + " column");
        }
        if (!seen.add(name)) {
          throw CollectionErrors.invalid(at + ".column", "orders by " + name + " twice");
        }
        boolean descending = false;
        JsonValue direction = e.get("direction");
        if (direction != null && direction.getValueType() != JsonValue.ValueType.NULL) {
          String d = string(direction, at + ".direction").toLowerCase(Locale.ROOT);
          if (!d.equals("asc") && !d.equals("desc")) {
            throw CollectionErrors.invalid(at + ".direction", "must be asc or desc");
          }
          descending = d.equals("desc");
        }
        order.add(new OrderKey(column, descending));
      }
    }
    // The id breaks ties, so the order is total and a cursor names exactly one position.
    if (order.isEmpty()) {
      order.add(new OrderKey(def.column("created_at"), false));
    }
    boolean hasId = order.stream().anyMatch(k -> k.column().name().equals("id"));
    if (!hasId) {
      order.add(new OrderKey(def.column("id"), false));
    }
  }

  private void parseSelect(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
      throw CollectionErrors.invalid("select", "must be a non-empty array of column names");
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    JsonArray array = value.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String name = string(array.get(i), "select[" + i + "]");
      if (def.column(name) == null) {
        throw CollectionErrors.unknownColumn(name, def);
      }
      names.add(name);
    }
    select = List.copyOf(names);
  }

  private String signature() {
    StringBuilder sb = new StringBuilder();
    for (OrderKey k : order) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(k.column().name()).append(k.descending() ? ":desc" : ":asc");
    }
    return sb.toString();
  }

  private List<Object> decodeCursor(String cursor) {
    JsonObject decoded;
    try {
      String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      JsonValue v = JsonIo.parse(json, "invalid_cursor", "cursor");
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw CollectionErrors.badCursor("not an object");
      }
      decoded = v.asJsonObject();
    } catch (IllegalArgumentException | ApiException e) {
      throw CollectionErrors.badCursor("it does not decode");
    }
    JsonValue o = decoded.get("o");
    JsonValue k = decoded.get("k");
    if (o == null || o.getValueType() != JsonValue.ValueType.STRING || k == null
        || k.getValueType() != JsonValue.ValueType.ARRAY) {
      throw CollectionErrors.badCursor("it is malformed");
    }
    if (!((JsonString) o).getString().equals(signature())) {
      throw CollectionErrors.badCursor("it belongs to the order " + ((JsonString) o).getString()
          + ", this query orders by " + signature());
    }
    JsonArray keys = k.asJsonArray();
    if (keys.size() != order.size()) {
      throw CollectionErrors.badCursor("it holds " + keys.size() + " values for " + order.size() + " order columns");
    }
    List<Object> sqlValues = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      JsonValue key = keys.get(i);
      CollectionColumn column = order.get(i).column();
      if (key.getValueType() == JsonValue.ValueType.NULL) {
        if (!column.nullable()) {
          throw CollectionErrors.badCursor("it holds NULL for " + column.name());
        }
        sqlValues.add(null);
        continue;
      }
      try {
        sqlValues.add(column.type().toSql(key, column.dimension()));
      } catch (CollectionType.Mismatch m) {
        throw CollectionErrors.badCursor("its value for " + column.name() + " is not " + m.expected());
      }
    }
    return sqlValues;
  }

  /**
   * Rows strictly after the cursor's position in the (total) order: for some i, equal on the
   * first i-1 order columns and after on the i-th. NULL ranks above every value.
   */
  private CollectionSql keyset() {
    CollectionSql or = new CollectionSql();
    for (int i = 0; i < order.size(); i++) {
      CollectionSql step = after(order.get(i), after.get(i));
      if (step == null) {
        continue;
      }
      CollectionSql term = new CollectionSql().sql("(");
      for (int j = 0; j < i; j++) {
        term.append(same(order.get(j), after.get(j))).sql(" AND ");
      }
      term.append(step).sql(")");
      or.sql(or.isEmpty() ? "" : " OR ").append(term);
    }
    return or.isEmpty() ? new CollectionSql().sql("FALSE") : or;
  }

  private static CollectionSql same(OrderKey k, Object value) {
    CollectionSql sql = new CollectionSql().sql(k.column().sql());
    return value == null ? sql.sql(" IS NULL") : sql.sql(" = ").value(k.column().type(), value);
  }

  /** Values after {@code value} in this key's direction; null when none can be. */
  private static CollectionSql after(OrderKey k, Object value) {
    String c = k.column().sql();
    if (!k.descending()) {
      // Ascending, NULLs last: after a value come larger values and NULLs; nothing follows NULL.
      return value == null ? null
          : new CollectionSql().sql("(" + c + " > ").value(k.column().type(), value).sql(" OR " + c + " IS NULL)");
    }
    // Descending, NULLs first: after NULL come all values; after a value, smaller ones.
    return value == null ? new CollectionSql().sql(c + " IS NOT NULL")
        : new CollectionSql().sql(c + " < ").value(k.column().type(), value);
  }

  // ---- helpers ----

  private static JsonValue present(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
  }

  private static String string(JsonValue v, String at) {
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      throw CollectionErrors.invalid(at, v == null ? "is required" : "must be a string, got " + JsonIo.typeName(v));
    }
    return ((JsonString) v).getString();
  }

  private static int intIn(JsonValue v, String at, int min, int max) {
    if (v.getValueType() == JsonValue.ValueType.NUMBER) {
      BigDecimal n = ((JsonNumber) v).bigDecimalValue();
      if (n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0
          && n.stripTrailingZeros().scale() <= 0) {
        return n.intValue();
      }
    }
    throw CollectionErrors.invalid(at, "must be an integer from " + min + " to " + max);
  }
}
