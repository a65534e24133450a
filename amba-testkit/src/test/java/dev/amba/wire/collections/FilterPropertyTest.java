package dev.amba.wire.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.collections.CollectionDefinition;
import dev.amba.collections.Column;
import dev.amba.collections.ColumnType;
import dev.amba.collections.Direction;
import dev.amba.collections.Filter;
import dev.amba.collections.Query;
import dev.amba.collections.UserCollection;
import dev.amba.collections.Where;
import dev.amba.testkit.AmbaEmulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import dev.amba.testkit.AmbaEmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random filter trees over random rows: the emulator must return exactly the rows that an
 * independent in-memory evaluation (SQL's three-valued logic, written here from the protocol's
 * description) says match; and random multi-column orders, walked a few rows a page, must come
 * back in exactly the order an in-memory sort gives.
 *
 * <p>Each try acts for a fresh user, so a try's rows are the only rows its queries can see. The
 * cases come from a seeded generator written here (no property-testing library): every try's name
 * carries its seed, and {@code -Damba.property.seed=N} replays one run.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class FilterPropertyTest {

  private static final List<String> COLUMNS = List.of("t", "n", "x", "f", "d", "ts", "u");
  private static final List<UUID> UUIDS = List.of(UUID.fromString("00000000-0000-0000-0000-000000000001"),
      UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"), UUID.fromString("80000000-0000-0000-0000-000000000000"),
      UUID.fromString("ffffffff-0000-0000-0000-000000000000"));
  private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

  private static AmbaEmulator emulator;
  private static AmbaClient amba;

  private static final long BASE_SEED = Long.getLong("amba.property.seed", 20261126L);

  @BeforeAll
  static void start(AmbaEmulator started, AmbaClient client) {
    emulator = started;
    amba = client;
    amba.collections().define(CollectionDefinition.of("props",
        Column.optional("t", ColumnType.TEXT), Column.optional("n", ColumnType.BIGINT),
        Column.optional("x", ColumnType.NUMERIC), Column.optional("f", ColumnType.BOOLEAN),
        Column.optional("d", ColumnType.DATE), Column.optional("ts", ColumnType.TIMESTAMPTZ),
        Column.optional("u", ColumnType.UUID)));
  }


  // ---- the properties ----

  @TestFactory
  Stream<DynamicTest> filters_selectTheRowsAnInMemoryEvaluationSelects() {
    return tries(120, random -> {
      List<Map<String, Object>> rows = rowSet(random);
      Node filter = filter(random, 4);
      UserCollection<Map<String, Object>> props = freshUser();
      Map<String, Map<String, Object>> byId = insert(props, rows);

      Set<String> expected = byId.entrySet().stream().filter(e -> filter.eval(e.getValue()) == Boolean.TRUE)
          .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
      Set<String> actual = props.findAll(Query.where(filter.toFilter()).limit(1000)).stream()
          .map(r -> (String) r.get("id")).collect(Collectors.toCollection(TreeSet::new));

      assertThat(actual).as(filter.toFilter().toString()).isEqualTo(expected);
      assertThat(props.count(filter.toFilter())).isEqualTo(expected.size());
    });
  }

  @TestFactory
  Stream<DynamicTest> ordersAndCursors_giveTheInMemoryOrderPageAfterPage() {
    return tries(60, random -> {
      List<Map<String, Object>> rows = rowSet(random);
      List<Query.Order> order = order(random);
      int pageSize = 1 + random.nextInt(4);
      UserCollection<Map<String, Object>> props = freshUser();
      Map<String, Map<String, Object>> byId = insert(props, rows);
      Query query = Query.all().limit(pageSize);
      for (Query.Order o : order) {
        query = query.orderBy(o.column(), o.direction());
      }

      List<String> expected = byId.keySet().stream().sorted(comparator(order, byId)).toList();
      List<String> actual = props.findAll(query).stream().map(r -> (String) r.get("id")).toList();

      assertThat(actual).as(order + " by " + pageSize).isEqualTo(expected);
    });
  }

  private interface Try {
    void run(Random random);
  }

  /** {@code count} cases, each from its own seed so that any one can be replayed alone. */
  private static Stream<DynamicTest> tries(int count, Try body) {
    return IntStream.range(0, count).mapToObj(i -> {
      long seed = BASE_SEED * 1_000_003L + i;
      return DynamicTest.dynamicTest("seed " + seed, () -> body.run(new Random(seed)));
    });
  }

  private static UserCollection<Map<String, Object>> freshUser() {
    return amba.asUser(emulator.createUser(emulator.defaultProject())).collection("props");
  }

  private static Map<String, Map<String, Object>> insert(UserCollection<Map<String, Object>> props,
      List<Map<String, Object>> rows) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      byId.put((String) props.insert(row).get("id"), row);
    }
    return byId;
  }

  // ---- generators ----

  private static List<Map<String, Object>> rowSet(Random random) {
    int n = random.nextInt(11);
    List<Map<String, Object>> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Object> m = new HashMap<>();
      for (String column : COLUMNS) {
        m.put(column, random.nextDouble() < 0.2 ? null : value(random, column));
      }
      rows.add(m);
    }
    return rows;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String text(Random random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Small domains, so that equal values, ties and near misses are common. */
  private static Object value(Random random, String column) {
    return switch (column) {
      case "t" -> random.nextBoolean()
          ? pick(random, List.of("", "a", "A", "ab", "aB", "b_c", "b%c", "abc", "Abc", "x\\y"))
          : text(random, "aAbB_%\\", 4);
      case "n" -> (long) (random.nextInt(7) - 3);
      case "x" -> new BigDecimal(pick(random, List.of("-1.5", "0", "0.25", "1", "2.50", "1E+1")));
      case "f" -> random.nextBoolean();
      case "d" -> LocalDate.of(2024, 2, 28).plusDays(random.nextInt(5));
      case "ts" -> {
        int i = random.nextInt(5);
        yield T0.plusMillis(i * 250L).plusNanos(i % 2 * 1_000L);
      }
      case "u" -> pick(random, UUIDS);
      default -> throw new IllegalArgumentException(column);
    };
  }

  /** A random tree: conditions at the leaves, and/or/not above them, at most {@code depth} deep. */
  private static Node filter(Random random, int depth) {
    int roll = depth == 0 ? 0 : random.nextInt(8);
    if (roll < 3) {
      return condition(random);
    }
    if (roll < 7) {
      List<Node> parts = new ArrayList<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        parts.add(filter(random, depth - 1));
      }
      return roll < 5 ? new And(parts) : new Or(parts);
    }
    return new Not(filter(random, depth - 1));
  }

  private static Node condition(Random random) {
    String column = pick(random, COLUMNS);
    List<String> ops = new ArrayList<>(List.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "is_null",
        "is_not_null"));
    if (column.equals("t")) {
      ops.add("like");
      ops.add("ilike");
    }
    String op = pick(random, ops);
    return switch (op) {
      case "is_null", "is_not_null" -> new Cond(column, op, null);
      case "in", "not_in" -> {
        int n = random.nextInt(5);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(value(random, column));
        }
        yield new Cond(column, op, List.copyOf(list));
      }
      case "like", "ilike" -> {
        String pattern;
        do {
          pattern = text(random, "aAbB_%\\c", 5);
        } while (!endsWithoutLoneEscape(pattern));
        yield new Cond(column, op, pattern);
      }
      default -> new Cond(column, op, value(random, column));
    };
  }

  /** One to three distinct columns, each with a random direction. */
  private static List<Query.Order> order(Random random) {
    List<String> columns = new ArrayList<>(COLUMNS);
    java.util.Collections.shuffle(columns, random);
    int n = 1 + random.nextInt(3);
    List<Query.Order> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(new Query.Order(columns.get(i), random.nextBoolean() ? Direction.ASC : Direction.DESC));
    }
    return order;
  }

  private static boolean endsWithoutLoneEscape(String pattern) {
    int n = 0;
    for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 0;
  }

  // ---- the model: filter trees evaluated with SQL's three-valued logic (null is UNKNOWN) ----

  sealed interface Node permits Cond, And, Or, Not {
    Filter toFilter();

    Boolean eval(Map<String, Object> row);
  }

  record Cond(String column, String op, Object value) implements Node {
    @Override
    public Filter toFilter() {
      return switch (op) {
        case "eq" -> Where.eq(column, value);
        case "ne" -> Where.ne(column, value);
        case "gt" -> Where.gt(column, value);
        case "gte" -> Where.gte(column, value);
        case "lt" -> Where.lt(column, value);
        case "lte" -> Where.lte(column, value);
        case "in" -> Where.in(column, (List<?>) value);
        case "not_in" -> Where.notIn(column, (List<?>) value);
        case "like" -> Where.like(column, (String) value);
        case "ilike" -> Where.ilike(column, (String) value);
        case "is_null" -> Where.isNull(column);
        case "is_not_null" -> Where.isNotNull(column);
        default -> throw new IllegalStateException(op);
      };
    }

    @Override
    public Boolean eval(Map<String, Object> row) {
      Object v = row.get(column);
      switch (op) {
        case "is_null":
          return v == null;
        case "is_not_null":
          return v != null;
        case "in":
        case "not_in": {
          List<?> list = (List<?>) value;
          if (list.isEmpty()) {
            return op.equals("not_in");
          }
          if (v == null) {
            return null;
          }
          boolean found = list.stream().anyMatch(item -> compare(v, item) == 0);
          return op.equals("in") == found;
        }
        default:
          break;
      }
      if (v == null) {
        return null;
      }
      return switch (op) {
        case "eq" -> compare(v, value) == 0;
        case "ne" -> compare(v, value) != 0;
        case "gt" -> compare(v, value) > 0;
        case "gte" -> compare(v, value) >= 0;
        case "lt" -> compare(v, value) < 0;
        case "lte" -> compare(v, value) <= 0;
        case "like" -> like((String) value, false).matcher((String) v).matches();
        case "ilike" -> like((String) value, true).matcher((String) v).matches();
        default -> throw new IllegalStateException(op);
      };
    }
  }

  record And(List<Node> parts) implements Node {
    @Override
    public Filter toFilter() {
      return Where.and(parts.stream().map(Node::toFilter).toList());
    }

    @Override
    public Boolean eval(Map<String, Object> row) {
      boolean unknown = false;
      for (Node p : parts) {
        Boolean b = p.eval(row);
        if (b == Boolean.FALSE) {
          return false;
        }
        unknown |= b == null;
      }
      return unknown ? null : true;
    }
  }

  record Or(List<Node> parts) implements Node {
    @Override
    public Filter toFilter() {
      return Where.or(parts.stream().map(Node::toFilter).toList());
    }

    @Override
    public Boolean eval(Map<String, Object> row) {
      boolean unknown = false;
      for (Node p : parts) {
        Boolean b = p.eval(row);
        if (b == Boolean.TRUE) {
          return true;
        }
        unknown |= b == null;
      }
      return unknown ? null : false;
    }
  }

  record Not(Node inner) implements Node {
    @Override
    public Filter toFilter() {
      return Where.not(inner.toFilter());
    }

    @Override
    public Boolean eval(Map<String, Object> row) {
      Boolean b = inner.eval(row);
      return b == null ? null : !b;
    }
  }

  /** SQL LIKE as a regular expression: % any run, _ one character, backslash quotes the next one. */
  static Pattern like(String pattern, boolean ignoreCase) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
  }

  /** Both values non-null and of the column's Java type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a instanceof BigDecimal x) {
      return x.compareTo((BigDecimal) b);
    }
    if (a instanceof UUID) {
      // Postgres (and H2) order uuids as unsigned bytes: the order of their hex text.
      return a.toString().compareTo(b.toString());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** The protocol's order: each column with NULLs ranked above all values, then the id. */
  private static Comparator<String> comparator(List<Query.Order> order, Map<String, Map<String, Object>> byId) {
    Comparator<String> c = (p, q) -> 0;
    for (Query.Order o : order) {
      Comparator<String> one = (p, q) -> {
        Object a = byId.get(p).get(o.column());
        Object b = byId.get(q).get(o.column());
        int r = a == null ? (b == null ? 0 : 1) : b == null ? -1 : compare(a, b);
        return o.direction() == Direction.DESC ? -r : r;
      };
      c = c.thenComparing(one);
    }
    return c.thenComparing(Comparator.naturalOrder());
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(getClass());
  }
}
