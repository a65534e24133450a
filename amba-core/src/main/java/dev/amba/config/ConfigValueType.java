package dev.amba.config;

/**
 * The wire values of {@code value_type}. Strings rather than an enum, so a type the service adds
 * later still reads.
 */
public final class ConfigValueType {

  /** A text value. */
  public static final String STRING = "string";
  /** A number, integer or decimal. */
  public static final String NUMBER = "number";
  /** {@code true} or {@code false}. */
  public static final String BOOLEAN = "boolean";
  /** Any JSON value, typically an object or a list. */
  public static final String JSON = "json";

  private ConfigValueType() {}
}
