package dev.amba.collections;

import dev.amba.internal.collections.CollectionNames;
import dev.amba.internal.collections.FilterValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The filter operators, for {@code import static dev.amba.collections.Where.*}:
 *
 * <pre>{@code
 * Filter f = and(eq("status", "published"), or(gte("score", 100), isNull("score")),
 *                not(in("author_id", banned)));
 * }</pre>
 *
 * <p>Every method checks its arguments before returning: the column must be an identifier
 * ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters), values must be non-null single values
 * of a supported type. Supported values are {@link String}, any {@link Number} (finite),
 * {@link Boolean}, {@link java.util.UUID}, {@link java.time.Instant},
 * {@link java.time.OffsetDateTime}, {@link java.time.ZonedDateTime} (for {@code timestamptz}),
 * {@link java.time.LocalDate} (for {@code date}) and enums (by name). Server-managed columns
 * ({@code id}, {@code user_id}, {@code created_at}, {@code updated_at}, {@code deleted_at}) may be
 * filtered on like any other.
 *
 * <p>Whether a value suits the column's type (a number for an {@code integer} column, say) is the
 * server's to decide; it answers 400 {@code schema_violation} when it does not.
 */
public final class Where {

  private Where() {}

  /**
   * {@code column = value}.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param value the value to compare with: one non-null value of a supported type (see the class comment)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, or a null, non-finite or unsupported value
   */
  public static Filter eq(String column, Object value) {
    return compare("eq", column, value);
  }

  /**
   * {@code column <> value}; rows where the column is NULL do not match.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param value the value to compare with: one non-null value of a supported type (see the class comment)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, or a null, non-finite or unsupported value
   */
  public static Filter ne(String column, Object value) {
    return compare("ne", column, value);
  }

  /**
   * {@code column > value}.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param value the value to compare with: one non-null value of a supported type (see the class comment)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, or a null, non-finite or unsupported value
   */
  public static Filter gt(String column, Object value) {
    return compare("gt", column, value);
  }

  /**
   * {@code column >= value}.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param value the value to compare with: one non-null value of a supported type (see the class comment)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, or a null, non-finite or unsupported value
   */
  public static Filter gte(String column, Object value) {
    return compare("gte", column, value);
  }

  /**
   * {@code column < value}.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param value the value to compare with: one non-null value of a supported type (see the class comment)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, or a null, non-finite or unsupported value
   */
  public static Filter lt(String column, Object value) {
    return compare("lt", column, value);
  }

  /**
   * {@code column <= value}.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param value the value to compare with: one non-null value of a supported type (see the class comment)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, or a null, non-finite or unsupported value
   */
  public static Filter lte(String column, Object value) {
    return compare("lte", column, value);
  }

  /**
   * The column equals one of {@code values}. An empty list matches no row. Long lists make long
   * request URLs (the query travels in the URL); keep them to thousands, not millions.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param values the values, each non-null and of a supported type; copied
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, a null list, or an element that is
   *     null, a collection or array, or of an unsupported type
   */
  public static Filter in(String column, Collection<?> values) {
    return list("in", column, values);
  }

  /**
   * The column equals one of {@code values}. No values match no row.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param values the values, each non-null and of a supported type
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, a null list, or an element that is
   *     null, a collection or array, or of an unsupported type
   */
  public static Filter in(String column, Object... values) {
    return list("in", column, values == null ? null : Arrays.asList(values));
  }

  /**
   * The column equals none of {@code values}; rows where it is NULL do not match. An empty list
   * matches every row.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param values the values, each non-null and of a supported type; copied
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, a null list, or an element that is
   *     null, a collection or array, or of an unsupported type
   */
  public static Filter notIn(String column, Collection<?> values) {
    return list("not_in", column, values);
  }

  /**
   * The column equals none of {@code values}; rows where it is NULL do not match. No values match every row.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param values the values, each non-null and of a supported type
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, a null list, or an element that is
   *     null, a collection or array, or of an unsupported type
   */
  public static Filter notIn(String column, Object... values) {
    return list("not_in", column, values == null ? null : Arrays.asList(values));
  }

  /**
   * A SQL pattern on a {@code text} column: {@code %} matches any run of characters, {@code _}
   * exactly one, and a backslash makes the character after it literal ({@code "100\\%"}).
   * Case matters.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param pattern the pattern, not null, not ending in a lone backslash
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, a null pattern, or one ending
   *     in an unescaped backslash
   */
  public static Filter like(String column, String pattern) {
    return pattern("like", column, pattern);
  }

  /**
   * Like {@link #like}, ignoring case.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @param pattern the pattern, not null, not ending in a lone backslash
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier, a null pattern, or one ending
   *     in an unescaped backslash
   */
  public static Filter ilike(String column, String pattern) {
    return pattern("ilike", column, pattern);
  }

  /**
   * The column is NULL.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier
   */
  public static Filter isNull(String column) {
    return Filter.unary("is_null", checkColumn("isNull", column));
  }

  /**
   * The column is not NULL.
   *
   * @param column the column's name, an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters)
   * @return the condition, to pass to {@link Query#where} or combine with {@link #and}, {@link #or}, {@link #not}
   * @throws IllegalArgumentException for a column that is not an identifier
   */
  public static Filter isNotNull(String column) {
    return Filter.unary("is_not_null", checkColumn("isNotNull", column));
  }

  /**
   * Every filter matches. With no filters at all this matches every row.
   *
   * @param filters the filters, none null
   * @return the conjunction
   * @throws IllegalArgumentException if {@code filters} or one of them is null
   */
  public static Filter and(Filter... filters) {
    return group("and", filters == null ? null : Arrays.asList(filters));
  }

  /**
   * Every filter matches. With no filters at all this matches every row.
   *
   * @param filters the filters, none null; copied
   * @return the conjunction
   * @throws IllegalArgumentException if {@code filters} or one of them is null
   */
  public static Filter and(Collection<Filter> filters) {
    return group("and", filters);
  }

  /**
   * At least one filter matches. With no filters at all this matches no row.
   *
   * @param filters the filters, none null
   * @return the disjunction
   * @throws IllegalArgumentException if {@code filters} or one of them is null
   */
  public static Filter or(Filter... filters) {
    return group("or", filters == null ? null : Arrays.asList(filters));
  }

  /**
   * At least one filter matches. With no filters at all this matches no row.
   *
   * @param filters the filters, none null; copied
   * @return the disjunction
   * @throws IllegalArgumentException if {@code filters} or one of them is null
   */
  public static Filter or(Collection<Filter> filters) {
    return group("or", filters);
  }

  /**
   * The filter does not match. Like SQL's {@code NOT}, it leaves out rows where the filter is unknown (NULL).
   *
   * @param filter the filter to negate
   * @return the negation
   * @throws NullPointerException if {@code filter} is null
   */
  public static Filter not(Filter filter) {
    Objects.requireNonNull(filter, "not(filter): filter must not be null");
    return Filter.group("not", List.of(filter));
  }

  private static Filter compare(String op, String column, Object value) {
    String where = op + "(\"" + column + "\", …)";
    checkColumn(op, column);
    return Filter.condition(op, column, FilterValues.scalar(value, where, column));
  }

  private static Filter list(String op, String column, Collection<?> values) {
    String name = op.equals("in") ? "in" : "notIn";
    checkColumn(name, column);
    if (values == null) {
      throw new IllegalArgumentException(name + "(\"" + column + "\", …): values must not be null");
    }
    List<Object> wire = new ArrayList<>(values.size());
    int i = 0;
    for (Object v : values) {
      String where = name + "(\"" + column + "\", …) element " + i++;
      if (v == null) {
        throw new IllegalArgumentException(where + " is null; NULL never equals anything: combine with isNull(\""
            + column + "\") instead");
      }
      if (v instanceof Iterable<?> || v.getClass().isArray()) {
        // A primitive array passed to the varargs overload arrives here as one element.
        throw new IllegalArgumentException(where + " is a " + v.getClass().getSimpleName()
            + ", not a value; pass the values themselves, or a Collection of boxed values");
      }
      wire.add(FilterValues.scalar(v, where, column));
    }
    return Filter.condition(op, column, Collections.unmodifiableList(wire));
  }

  private static Filter pattern(String op, String column, String pattern) {
    checkColumn(op, column);
    if (pattern == null) {
      throw new IllegalArgumentException(op + "(\"" + column + "\", pattern): pattern must not be null");
    }
    int backslashes = 0;
    for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      throw new IllegalArgumentException(op + "(\"" + column + "\", pattern): the pattern ends with an escape "
          + "character '\\'; escape it as \"\\\\\" to match a backslash");
    }
    return Filter.condition(op, column, pattern);
  }

  private static Filter group(String op, Collection<Filter> filters) {
    if (filters == null) {
      throw new IllegalArgumentException(op + "(filters): filters must not be null");
    }
    int i = 0;
    for (Filter f : filters) {
      if (f == null) {
        throw new IllegalArgumentException(op + "(filters): filter " + i + " is null");
      }
      i++;
    }
    return Filter.group(op, List.copyOf(filters));
  }

  private static String checkColumn(String op, String column) {
    return CollectionNames.column(column, op + ": column");
  }
}
