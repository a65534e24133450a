package dev.amba.internal.util;

import java.util.Locale;
import java.util.Objects;

/**
 * The rule of the string-backed values a server defines (a status, a type): never null or blank,
 * compared in lower case, so {@code "DIRECT"} from an older answer reads as {@code direct}.
 */
public final class WireValue {

  private WireValue() {}

  /** @throws IllegalArgumentException for blank text; NullPointerException for null */
  public static String normalized(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    return value.toLowerCase(Locale.ROOT);
  }
}
