package dev.amba.internal.util;

import java.util.Locale;
import java.util.Objects;

/**
 * The one rule of the open value records ({@code ModerationStatus}, {@code TrustLevel}, ...) that
 * stand for a wire word the service may extend: present, not blank, compared in lower case, so an
 * answer's {@code APPROVED} equals the constant {@code approved}.
 */
public final class WireWords {

  private WireWords() {}

  /** @throws NullPointerException or IllegalArgumentException naming {@code value} for a missing or blank word */
  public static String lowerCase(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    return value.toLowerCase(Locale.ROOT);
  }
}
