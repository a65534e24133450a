package dev.amba.internal.util;

import java.util.regex.Pattern;

/**
 * Length rules for the free text of module definitions (names, descriptions, URLs, categories),
 * checked before anything is sent so the message names the caller's argument.
 */
public final class TextArguments {

  /** The longest name of a module definition (an item, a store, ...): what users are shown. */
  public static final int MAX_NAME = 128;
  /** The longest description of a module definition. */
  public static final int MAX_DESCRIPTION = 1024;

  private static final Pattern CANONICAL_UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private TextArguments() {}

  /**
   * @param min the least length; from 1 up, the text must also hold something other than whitespace
   * @throws IllegalArgumentException naming {@code argument} for null, a length outside
   *     {@code min..max}, blank text where {@code min} ≥ 1, or an unpaired surrogate
   */
  public static String require(String value, String argument, int min, int max) {
    if (value == null || value.length() < min || value.length() > max || (min > 0 && value.isBlank())) {
      throw new IllegalArgumentException(argument + " must be " + (min > 0 ? "non-blank, " : "") + min + ".." + max
          + " characters, got " + (value == null ? "null" : value.length() + " characters"));
    }
    return WellFormedText.require(value, argument);
  }

  /** A definition's name: 1..{@value #MAX_NAME} characters, not blank. */
  public static String name(String name) {
    return require(name, "name", 1, MAX_NAME);
  }

  /** A definition's description: at most {@value #MAX_DESCRIPTION} characters. */
  public static String description(String description) {
    return require(description, "description", 0, MAX_DESCRIPTION);
  }

  /** An id of the service's own making, such as a segment's: a UUID in its 8-4-4-4-12 form. */
  public static String uuid(String value, String argument) {
    if (value == null || !CANONICAL_UUID.matcher(value).matches()) {
      throw new IllegalArgumentException(argument + " must be a UUID such as 123e4567-e89b-12d3-a456-426614174000, got "
          + (value == null ? "null" : '"' + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + '"'));
    }
    return value;
  }

  /**
   * A server-defined string value (a status, a reason) as its record keeps it: not blank, lower case,
   * so a value the server spells in capitals still equals the constant.
   */
  public static String wireValue(String value) {
    java.util.Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    return value.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A value for one path segment, such as a row's id: not blank, and one that a URL path can carry
   * as a single segment.
   */
  public static String pathValue(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(argument + " must not be blank, got " + (value == null ? "null" : '"' + value + '"'));
    }
    PathSegment.encode(value, argument);
    return value;
  }
}
