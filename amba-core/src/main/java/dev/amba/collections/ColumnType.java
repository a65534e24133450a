package dev.amba.collections;

import java.util.Objects;

/**
 * A column type, by its wire name. The constants are the ten types Amba documents; a type this
 * SDK does not know yet still reads back as a {@code ColumnType} with its own name.
 *
 * @param value the wire name, e.g. {@code "timestamptz"}
 */
public record ColumnType(String value) {

  /**
   * A UUID.
   */
  public static final ColumnType UUID = new ColumnType("uuid");
  /**
   * Text of any length.
   */
  public static final ColumnType TEXT = new ColumnType("text");
  /**
   * A 32-bit integer.
   */
  public static final ColumnType INTEGER = new ColumnType("integer");
  /**
   * A 64-bit integer.
   */
  public static final ColumnType BIGINT = new ColumnType("bigint");
  /**
   * An exact decimal number.
   */
  public static final ColumnType NUMERIC = new ColumnType("numeric");
  /**
   * True or false.
   */
  public static final ColumnType BOOLEAN = new ColumnType("boolean");
  /**
   * An instant, with its time zone.
   */
  public static final ColumnType TIMESTAMPTZ = new ColumnType("timestamptz");
  /**
   * A calendar date.
   */
  public static final ColumnType DATE = new ColumnType("date");
  /**
   * Any JSON value.
   */
  public static final ColumnType JSONB = new ColumnType("jsonb");
  /** A vector of numbers; a column of this type needs a dimension (1..4096). */
  public static final ColumnType VECTOR = new ColumnType("vector");

  /**
   * A type by its wire name.
   *
   * @param value the wire name, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public ColumnType {
    Objects.requireNonNull(value, "column type");
    if (value.isBlank()) {
      throw new IllegalArgumentException("column type must not be blank");
    }
  }

  /**
   * The type with this wire name.
   *
   * @param value the wire name, such as {@code text}; not blank
   * @return the type, equal to the constant of the same name if there is one
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ColumnType of(String value) {
    return new ColumnType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
