package dev.amba.collections;

import dev.amba.internal.collections.CollectionNames;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index over one or more columns, each written as the wire has it: {@code "score"} or
 * {@code "score desc"} ({@code asc} is the default).
 *
 * <pre>{@code
 * Index.on("status", "score desc")
 * Index.unique("slug")
 * }</pre>
 *
 * @param columns column names, each optionally followed by a space and {@code asc} or {@code desc}
 * @param unique whether two rows may not share the indexed values
 */
public record Index(List<String> columns, boolean unique) {

  /**
   * Checks every column, and copies the list.
   *
   * @param columns column names, each optionally followed by a space and {@code asc} or {@code desc}; at least one
   * @param unique whether two rows may not share the indexed values
   * @throws NullPointerException if {@code columns} is null
   * @throws IllegalArgumentException for no column, a null one, a bad column name or a direction other than asc or desc
   */
  public Index {
    Objects.requireNonNull(columns, "index columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("an index needs at least one column");
    }
    columns = List.copyOf(columns);
    for (String spec : columns) {
      check(spec);
    }
  }

  /**
   * A plain index.
   *
   * @param columns column names, each optionally followed by a space and {@code asc} or {@code desc}; at least one
   * @return the index
   * @throws NullPointerException if {@code columns} is null
   * @throws IllegalArgumentException for no column, a null one, a bad column name or a direction other than asc or desc
   */
  public static Index on(String... columns) {
    return new Index(Arrays.asList(Objects.requireNonNull(columns, "index columns")), false);
  }

  /**
   * A unique index: no two rows may share the indexed values.
   *
   * @param columns column names, each optionally followed by a space and {@code asc} or {@code desc}; at least one
   * @return the index
   * @throws NullPointerException if {@code columns} is null
   * @throws IllegalArgumentException for no column, a null one, a bad column name or a direction other than asc or desc
   */
  public static Index unique(String... columns) {
    return new Index(Arrays.asList(Objects.requireNonNull(columns, "index columns")), true);
  }

  private static void check(String spec) {
    if (spec == null) {
      throw new IllegalArgumentException("index column must not be null");
    }
    int space = spec.indexOf(' ');
    String column = space < 0 ? spec : spec.substring(0, space);
    CollectionNames.column(column, "index column");
    if (space >= 0) {
      String direction = spec.substring(space + 1).toLowerCase(Locale.ROOT);
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw new IllegalArgumentException("index column '" + spec + "' must be a column name, optionally followed by"
            + " ' asc' or ' desc'");
      }
    }
  }
}
