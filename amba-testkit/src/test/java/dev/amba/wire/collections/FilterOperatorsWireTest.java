package dev.amba.wire.collections;

import static dev.amba.collections.Where.and;
import static dev.amba.collections.Where.eq;
import static dev.amba.collections.Where.gt;
import static dev.amba.collections.Where.gte;
import static dev.amba.collections.Where.ilike;
import static dev.amba.collections.Where.in;
import static dev.amba.collections.Where.isNotNull;
import static dev.amba.collections.Where.isNull;
import static dev.amba.collections.Where.like;
import static dev.amba.collections.Where.lt;
import static dev.amba.collections.Where.lte;
import static dev.amba.collections.Where.ne;
import static dev.amba.collections.Where.not;
import static dev.amba.collections.Where.notIn;
import static dev.amba.collections.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaClient;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Filter;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operator on every column type where it makes sense, over five rows of which one is all
 * NULLs. Rows are named by their {@code label}; each assertion lists the labels that must match.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class FilterOperatorsWireTest {

  private static final UUID U1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID U2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
  private static final UUID U3 = UUID.fromString("f0000000-0000-0000-0000-000000000003");

  private static UserCollection<Map<String, Object>> rows;

  @BeforeAll
  static void data(AmbaEmulator emulator, AmbaClient amba) {
    amba.collections().define(CollectionDefinition.of("typed",
        Column.of("label", ColumnType.TEXT),
        Column.optional("t", ColumnType.TEXT),
        Column.optional("n", ColumnType.INTEGER),
        Column.optional("b", ColumnType.BIGINT),
        Column.optional("x", ColumnType.NUMERIC),
        Column.optional("f", ColumnType.BOOLEAN),
        Column.optional("ts", ColumnType.TIMESTAMPTZ),
        Column.optional("d", ColumnType.DATE),
        Column.optional("u", ColumnType.UUID),
        Column.optional("j", ColumnType.JSONB),
        Column.vector("v", 2).withNullable(true)));
    rows = amba.asUser(emulator.createUser(emulator.defaultProject())).collection("typed");
    rows.insert(row("r1", "apple", 1, 10_000_000_000L, "1.5", true, "2024-01-01T00:00:00Z", "2024-01-01", U1,
        Map.of("a", 1), List.of(1, 2)));
    rows.insert(row("r2", "Banana", 2, -5L, "-0.25", false, "2024-06-01T12:30:00.5Z", "2024-06-01", U2,
        List.of(1, 2), List.of(0.5, 0.5)));
    rows.insert(row("r3", "cherry_pie", 3, 0L, "100", true, "2025-01-01T00:00:00.000001Z", "2025-01-01", U3,
        "text", null));
    rows.insert(row("r4", "100% Apple", -1, 7L, "0", false, "2023-12-31T23:59:59.999999Z", "2023-12-31", U1,
        null, List.of(3, 4)));
    rows.insert(row("r5", null, null, null, null, null, null, null, null, null, null));
  }

  private static Map<String, Object> row(String label, String t, Integer n, Long b, String x, Boolean f, String ts,
      String d, UUID u, Object j, List<?> v) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", label);
    row.put("t", t);
    row.put("n", n);
    row.put("b", b);
    row.put("x", x == null ? null : new BigDecimal(x));
    row.put("f", f);
    row.put("ts", ts);
    row.put("d", d);
    row.put("u", u == null ? null : u.toString());
    row.put("j", j);
    row.put("v", v);
    return row;
  }

  private static void assertMatches(Filter filter, String... labels) {
    List<String> found = rows.find(Query.where(filter).limit(1000)).items().stream()
        .map(r -> (String) r.get("label")).sorted().collect(Collectors.toList());
    assertThat(found).as(filter.toString()).containsExactly(labels);
    assertThat(rows.count(filter)).as("count " + filter).isEqualTo(labels.length);
  }

  @Test
  void text() {
    assertMatches(eq("t", "apple"), "r1");
    assertMatches(ne("t", "apple"), "r2", "r3", "r4");
    // Code-point order: upper case sorts before lower case.
    assertMatches(gt("t", "apple"), "r3");
    assertMatches(gte("t", "apple"), "r1", "r3");
    assertMatches(lt("t", "apple"), "r2", "r4");
    assertMatches(lte("t", "Banana"), "r2", "r4");
    assertMatches(in("t", "apple", "cherry_pie", "nothing"), "r1", "r3");
    assertMatches(notIn("t", "apple", "cherry_pie"), "r2", "r4");
    assertMatches(isNull("t"), "r5");
    assertMatches(isNotNull("t"), "r1", "r2", "r3", "r4");
  }

  @Test
  void likeAndIlike_withPercentUnderscoreEscapesAndCase() {
    assertMatches(like("t", "%pp%"), "r1", "r4");
    assertMatches(like("t", "a%"), "r1");
    assertMatches(like("t", "A%"));
    assertMatches(ilike("t", "A%"), "r1");
    assertMatches(ilike("t", "%APPLE"), "r1", "r4");
    assertMatches(like("t", "_anana"), "r2");
    assertMatches(like("t", "______"), "r2");
    assertMatches(like("t", "cherry\\_pie"), "r3");
    assertMatches(like("t", "cherry_pie"), "r3");
    assertMatches(like("t", "%\\_%"), "r3");
    assertMatches(like("t", "100\\%%"), "r4");
    assertMatches(like("t", "100%"), "r4");
    assertMatches(ilike("t", "%A%"), "r1", "r2", "r4");
    assertMatches(not(like("t", "%a%")), "r3", "r4");
    assertMatches(like("t", "%"), "r1", "r2", "r3", "r4");
  }

  @Test
  void integerAndBigint() {
    assertMatches(eq("n", 2), "r2");
    assertMatches(ne("n", 2), "r1", "r3", "r4");
    assertMatches(gt("n", 1), "r2", "r3");
    assertMatches(gte("n", 1), "r1", "r2", "r3");
    assertMatches(lt("n", 1), "r4");
    assertMatches(lte("n", -1), "r4");
    assertMatches(in("n", List.of(1, 3, 99)), "r1", "r3");
    assertMatches(notIn("n", List.of(1, 3)), "r2", "r4");
    assertMatches(eq("b", 10_000_000_000L), "r1");
    assertMatches(gt("b", 0), "r1", "r4");
    assertMatches(lte("b", 0L), "r2", "r3");
    assertMatches(in("b", -5, 7), "r2", "r4");
    assertMatches(isNull("b"), "r5");
  }

  @Test
  void numeric() {
    assertMatches(eq("x", new BigDecimal("1.50")), "r1");
    assertMatches(eq("x", 100), "r3");
    assertMatches(gt("x", 0), "r1", "r3");
    assertMatches(gte("x", 0.0), "r1", "r3", "r4");
    assertMatches(lt("x", -0.1), "r2");
    assertMatches(lte("x", 1.5), "r1", "r2", "r4");
    assertMatches(ne("x", 0), "r1", "r2", "r3");
    assertMatches(in("x", 1.5, -0.25), "r1", "r2");
    assertMatches(notIn("x", List.of(1.5)), "r2", "r3", "r4");
  }

  @Test
  void booleans() {
    assertMatches(eq("f", true), "r1", "r3");
    assertMatches(ne("f", true), "r2", "r4");
    assertMatches(gt("f", false), "r1", "r3");
    assertMatches(lte("f", false), "r2", "r4");
    assertMatches(in("f", List.of(false)), "r2", "r4");
    assertMatches(not(eq("f", true)), "r2", "r4");
    assertMatches(isNull("f"), "r5");
  }

  @Test
  void timestamptz_comparesInstantsWhateverTheOffset() {
    assertMatches(eq("ts", Instant.parse("2024-06-01T12:30:00.500Z")), "r2");
    assertMatches(eq("ts", OffsetDateTime.parse("2024-06-01T14:30:00.5+02:00")), "r2");
    assertMatches(gt("ts", Instant.parse("2024-01-01T00:00:00Z")), "r2", "r3");
    assertMatches(gte("ts", Instant.parse("2024-01-01T00:00:00Z")), "r1", "r2", "r3");
    assertMatches(lt("ts", Instant.parse("2024-01-01T00:00:00Z")), "r4");
    assertMatches(lte("ts", Instant.parse("2023-12-31T23:59:59.999999Z")), "r4");
    assertMatches(gt("ts", Instant.parse("2025-01-01T00:00:00Z")), "r3");
    assertMatches(in("ts", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00.000001Z")),
        "r1", "r3");
    assertMatches(ne("ts", Instant.parse("2024-01-01T00:00:00Z")), "r2", "r3", "r4");
    assertMatches(notIn("ts", List.of(Instant.parse("2024-01-01T00:00:00Z"))), "r2", "r3", "r4");
  }

  @Test
  void dates() {
    assertMatches(eq("d", LocalDate.of(2024, 6, 1)), "r2");
    assertMatches(gt("d", LocalDate.of(2024, 1, 1)), "r2", "r3");
    assertMatches(lt("d", "2024-01-01"), "r4");
    assertMatches(gte("d", "2024-06-01"), "r2", "r3");
    assertMatches(lte("d", LocalDate.of(2024, 1, 1)), "r1", "r4");
    assertMatches(ne("d", "2024-01-01"), "r2", "r3", "r4");
    assertMatches(in("d", "2023-12-31", "2025-01-01"), "r3", "r4");
    assertMatches(notIn("d", "2023-12-31"), "r1", "r2", "r3");
  }

  @Test
  void uuids() {
    assertMatches(eq("u", U1), "r1", "r4");
    assertMatches(eq("u", U1.toString().toUpperCase()), "r1", "r4");
    assertMatches(ne("u", U1), "r2", "r3");
    assertMatches(gt("u", U2), "r3");
    assertMatches(lte("u", U2), "r1", "r2", "r4");
    assertMatches(gte("u", U2), "r2", "r3");
    assertMatches(lt("u", U3), "r1", "r2", "r4");
    assertMatches(in("u", U2, U3), "r2", "r3");
    assertMatches(notIn("u", List.of(U1)), "r2", "r3");
  }

  @Test
  void jsonbAndVector_takeOnlyNullTests() {
    assertMatches(isNull("j"), "r4", "r5");
    assertMatches(isNotNull("j"), "r1", "r2", "r3");
    assertMatches(isNull("v"), "r3", "r5");
    assertMatches(isNotNull("v"), "r1", "r2", "r4");
    assertSchemaViolation(eq("j", "text"));
    assertSchemaViolation(gt("v", 1));
    assertSchemaViolation(in("j", "a"));
  }

  @Test
  void serverManagedColumns_canBeFiltered() {
    List<Map<String, Object>> all = rows.find(Query.all().orderBy("created_at")).items();
    String firstId = (String) all.get(0).get("id");
    assertMatches(eq("id", firstId), "r1");
    assertMatches(isNull("deleted_at"), "r1", "r2", "r3", "r4", "r5");
    assertMatches(isNotNull("updated_at"), "r1", "r2", "r3", "r4", "r5");
    assertMatches(gte("created_at", Instant.parse((String) all.get(0).get("created_at"))), "r1", "r2", "r3", "r4", "r5");
  }

  @Test
  void nestedAndOrNot_useSqlThreeValuedLogic() {
    assertMatches(and(gt("n", 0), or(eq("f", false), like("t", "c%"))), "r2", "r3");
    assertMatches(or(isNull("n"), and(lt("n", 2), not(eq("t", "apple")))), "r4", "r5");
    assertMatches(not(and(gt("n", 0), eq("f", true))), "r2", "r4");
    assertMatches(not(or(eq("n", 1), eq("n", 2))), "r3", "r4");
    assertMatches(not(not(eq("n", 1))), "r1");
    // NULL compares as unknown: neither the condition nor its negation holds for r5.
    assertMatches(not(gt("n", 100)), "r1", "r2", "r3", "r4");
    assertMatches(or(gt("n", 100), not(gt("n", 100))), "r1", "r2", "r3", "r4");
    assertMatches(and(), "r1", "r2", "r3", "r4", "r5");
    assertMatches(or());
    assertMatches(in("n", List.of()));
    assertMatches(notIn("n", List.of()), "r1", "r2", "r3", "r4", "r5");
    assertMatches(and(isNotNull("t"), and(isNotNull("n"), and(gt("x", -1), or(eq("label", "r1"), eq("label", "r3"))))),
        "r1", "r3");
  }

  @Test
  void typeMismatches_areSchemaViolations() {
    assertSchemaViolation(eq("n", "one"));
    assertSchemaViolation(gt("n", 1.5));
    assertSchemaViolation(eq("n", 3_000_000_000L));
    assertSchemaViolation(eq("t", 1));
    assertSchemaViolation(eq("f", "true"));
    assertSchemaViolation(eq("u", "not-a-uuid"));
    assertSchemaViolation(eq("ts", "yesterday"));
    assertSchemaViolation(eq("d", "2024-13-01"));
    assertSchemaViolation(like("n", "1%"));
    assertSchemaViolation(in("x", "a", "b"));
  }

  @Test
  void unknownColumns_nameThemselvesInTheError() {
    for (Filter f : List.of(eq("missing", 1), and(eq("n", 1), or(isNull("gone")))) ) {
      assertThatThrownBy(() -> rows.find(Query.where(f))).isInstanceOfSatisfying(AmbaBadRequestException.class, e -> {
        assertThat(e.code()).isEqualTo("invalid_argument");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) e.details().get("fields");
        assertThat(fields.get(0).get("path")).isIn("missing", "gone");
      });
    }
    assertThatThrownBy(() -> rows.find(Query.all().orderBy("nope"))).isInstanceOf(AmbaBadRequestException.class);
    assertThatThrownBy(() -> rows.find(Query.all().select("label", "nope"))).isInstanceOf(AmbaBadRequestException.class);
  }

  @Test
  void multiColumnOrder_withNullsRankedHighest() {
    List<String> byFlagThenN = labels(Query.all().orderBy("f").orderBy("n", Direction.DESC));
    assertThat(byFlagThenN).containsExactly("r2", "r4", "r3", "r1", "r5");
    List<String> byFlagDescThenLabel = labels(Query.all().orderBy("f", Direction.DESC).orderBy("label", Direction.DESC));
    assertThat(byFlagDescThenLabel).containsExactly("r5", "r3", "r1", "r4", "r2");
    assertThat(labels(Query.all().orderBy("x"))).containsExactly("r2", "r4", "r1", "r3", "r5");
    assertThat(labels(Query.all().orderBy("ts", Direction.DESC))).containsExactly("r5", "r3", "r2", "r1", "r4");
    // The same orders, one row a page: the cursor must cross ties and NULLs alike.
    assertThat(labelsPaged(Query.all().orderBy("f").orderBy("n", Direction.DESC).limit(1))).isEqualTo(byFlagThenN);
    assertThat(labelsPaged(Query.all().orderBy("f", Direction.DESC).orderBy("label", Direction.DESC).limit(2)))
        .isEqualTo(byFlagDescThenLabel);
  }

  private static List<String> labels(Query q) {
    return rows.find(q).items().stream().map(r -> (String) r.get("label")).toList();
  }

  private static List<String> labelsPaged(Query q) {
    List<String> out = new ArrayList<>();
    rows.findAll(q).forEach(r -> out.add((String) r.get("label")));
    return out;
  }

  private static void assertSchemaViolation(Filter f) {
    assertThatThrownBy(() -> rows.find(Query.where(f))).as(f.toString())
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("schema_violation"));
  }
}
