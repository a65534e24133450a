package dev.amba.collections;

import dev.amba.internal.collections.CollectionNames;
import java.util.Objects;

/**
 * One user-defined column of a collection. Columns are NOT NULL unless {@code nullable}.
 *
 * <pre>{@code
 * Column.of("title", ColumnType.TEXT)
 * Column.optional("score", ColumnType.INTEGER)
 * Column.vector("embedding", 1536)
 * }</pre>
 *
 * @param name an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters) that is not
 *     server-managed ({@code id}, {@code user_id}, {@code created_at}, {@code updated_at},
 *     {@code deleted_at})
 * @param type the column's type
 * @param nullable whether a row may leave it NULL
 * @param dimension the vector length (1..4096) for {@link ColumnType#VECTOR}; null for other types
 */
public record Column(String name, ColumnType type, boolean nullable, Integer dimension) {

  /** The largest vector dimension Amba accepts. */
  public static final int MAX_DIMENSION = 4096;

  /**
   * Checks the name, and that exactly the vector columns have a dimension.
   *
   * @param name an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters), not server-managed
   * @param type the column's type, not null
   * @param nullable whether a row may leave it NULL
   * @param dimension 1 to {@value #MAX_DIMENSION} for a vector; null for any other type
   * @throws IllegalArgumentException for a bad or server-managed name, a vector without a dimension in
   *     range, or a dimension on another type
   * @throws NullPointerException if {@code type} is null
   */
  public Column {
    CollectionNames.userColumn(name, "column name");
    Objects.requireNonNull(type, "column " + name + ": type");
    if (ColumnType.VECTOR.equals(type)) {
      if (dimension == null || dimension < 1 || dimension > MAX_DIMENSION) {
        throw new IllegalArgumentException("column " + name + ": a vector needs a dimension of 1.." + MAX_DIMENSION
            + ", got " + dimension);
      }
    } else if (dimension != null) {
      throw new IllegalArgumentException("column " + name + ": only vector columns have a dimension, this one is "
          + type);
    }
  }

  /**
   * A NOT NULL column.
   *
   * @param name an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters), not server-managed
   * @param type the column's type, not {@link ColumnType#VECTOR} (use {@link #vector})
   * @return the column
   * @throws IllegalArgumentException for a bad or server-managed name, or the vector type
   * @throws NullPointerException if {@code type} is null
   */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, false, null);
  }

  /**
   * A nullable column.
   *
   * @param name an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters), not server-managed
   * @param type the column's type, not {@link ColumnType#VECTOR}
   * @return the column
   * @throws IllegalArgumentException for a bad or server-managed name, or the vector type
   * @throws NullPointerException if {@code type} is null
   */
  public static Column optional(String name, ColumnType type) {
    return new Column(name, type, true, null);
  }

  /**
   * A NOT NULL vector column of {@code dimension} numbers.
   *
   * @param name an identifier ({@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 63 characters), not server-managed
   * @param dimension the vector length, 1 to {@value #MAX_DIMENSION}
   * @return the column
   * @throws IllegalArgumentException for a bad or server-managed name, or a dimension out of range
   */
  public static Column vector(String name, int dimension) {
    return new Column(name, ColumnType.VECTOR, false, dimension);
  }

  /**
   * This column, nullable or not.
   *
   * @param nullable whether a row may leave it NULL
   * @return a copy with this setting
   */
  public Column withNullable(boolean nullable) {
    return new Column(name, type, nullable, dimension);
  }
}
