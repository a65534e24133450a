package dev.amba.collections;

import java.util.Objects;

/**
 * A column type, by its wire name. The constants are the ten types Amba documents; a type this
 * SDK does not know yet still reads back as a {@code ColumnType} with its own name.
 *
 * @param value the wire name, e.g. {@code "timestamptz"}
 */
public record ColumnType(String value) {

  public static final ColumnType UUID = new ColumnType("uuid");
  public static final ColumnType TEXT = new ColumnType("text");
  public static final ColumnType INTEGER = new ColumnType("integer");
  public static final ColumnType BIGINT = new ColumnType("bigint");
  public static final ColumnType NUMERIC = new ColumnType("numeric");
  public static final ColumnType BOOLEAN = new ColumnType("boolean");
  public static final ColumnType TIMESTAMPTZ = new ColumnType("timestamptz");
  public static final ColumnType DATE = new ColumnType("date");
  public static final ColumnType JSONB = new ColumnType("jsonb");
  /** A vector of numbers; a column of this type needs a dimension (1..4096). */
  public static final ColumnType VECTOR = new ColumnType("vector");

  public ColumnType {
    Objects.requireNonNull(value, "column type");
    if (value.isBlank()) {
      throw new IllegalArgumentException("column type must not be blank");
    }
  }

  /** The type with this wire name. */
  public static ColumnType of(String value) {
    return new ColumnType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
