package dev.amba.benchmarks;

import static dev.amba.collections.Where.and;
import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.gte;
import static dev.amba.collections.Where.ilike;
import static dev.amba.collections.Where.in;
import static dev.amba.collections.Where.lt;

import dev.amba.collections.Direction;
import dev.amba.collections.Query;
import dev.amba.internal.WireForms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The typical find: five conditions, one order column, a page of 50. */
public final class FindQueries {

  private FindQueries() {}

  private static final Instant BEFORE = Instant.parse("2025-06-01T00:00:00Z");

  /** As an SDK user writes it, with the DSL. */
  public static Query typical() {
    return Query.where(and(
            eq("status", "published"),
            gte("score", 100),
            lt("created_at", BEFORE),
            in("category", "news", "release", "guide"),
            ilike("title", "%spring release%")))
        .orderBy("score", Direction.DESC)
        .limit(Fixtures.PAGE_ROWS);
  }

  /**
   * The {@code FindOptions} map the SDK encodes for {@code query}, mirroring its package-private
   * code; the smoke test proves it encodes to the JSON the SDK sends.
   */
  public static Map<String, Object> findOptions(Query query) {
    Map<String, Object> options = new LinkedHashMap<>();
    query.filter().ifPresent(f -> options.put("filter", WireForms.of(f)));
    if (!query.order().isEmpty()) {
      List<Object> order = new ArrayList<>(query.order().size());
      for (Query.Order o : query.order()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("column", o.column());
        entry.put("direction", o.direction().name().toLowerCase(Locale.ROOT));
        order.add(entry);
      }
      options.put("order", order);
    }
    options.put("limit", query.limit());
    return options;
  }

  /** The same {@code FindOptions}, as hand-written code builds them without the SDK. */
  public static Map<String, Object> handWritten() {
    List<Object> clauses = List.of(
        condition("status", "eq", "published"),
        condition("score", "gte", 100),
        condition("created_at", "lt", BEFORE.toString()),
        condition("category", "in", List.of("news", "release", "guide")),
        condition("title", "ilike", "%spring release%"));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("filter", Map.of("and", clauses));
    options.put("order", List.of(Map.of("column", "score", "direction", "desc")));
    options.put("limit", Fixtures.PAGE_ROWS);
    return options;
  }

  private static Map<String, Object> condition(String column, String op, Object value) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("column", column);
    c.put("op", op);
    c.put("value", value);
    return c;
  }
}
