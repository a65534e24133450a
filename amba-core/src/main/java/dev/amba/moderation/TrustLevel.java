package dev.amba.moderation;

import dev.amba.internal.util.TextArguments;

/**
 * How far the project trusts a user's content (27.3), by its wire value.
 *
 * @param value the wire value, lowercase, such as {@code trusted}
 */
public record TrustLevel(String value) {

  /** The level of every user nobody has set. */
  public static final TrustLevel NEW = new TrustLevel("new");
  /** Skips the screening rules while an {@code auto_approve_trusted} rule is active. */
  public static final TrustLevel TRUSTED = new TrustLevel("trusted");
  /** As trusted. */
  public static final TrustLevel MODERATOR = new TrustLevel("moderator");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public TrustLevel {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
