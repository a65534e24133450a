package dev.amba.testkit.internal.store;

import java.util.List;

/**
 * One user-defined index.
 *
 * @param sqlName the H2 index name, unique in the collections schema
 * @param columns as the caller wrote them: {@code "score"} or {@code "score desc"}
 */
public record CollectionIndex(String sqlName, List<String> columns, boolean unique) {

  public CollectionIndex {
    columns = List.copyOf(columns);
  }

  /** The column name of one entry of {@link #columns()}. */
  public static String columnOf(String spec) {
    int space = spec.indexOf(' ');
    return space < 0 ? spec : spec.substring(0, space);
  }

  public boolean uses(String column) {
    for (String spec : columns) {
      if (columnOf(spec).equals(column)) {
        return true;
      }
    }
    return false;
  }
}
