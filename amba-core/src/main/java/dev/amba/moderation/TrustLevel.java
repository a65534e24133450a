package dev.amba.moderation;

import dev.amba.internal.util.TextArguments;

/** How far the project trusts a user's content (27.3), by its wire value. */
public record TrustLevel(String value) {

  /** The level of every user nobody has set. */
  public static final TrustLevel NEW = new TrustLevel("new");
  /** Skips the screening rules while an {@code auto_approve_trusted} rule is active. */
  public static final TrustLevel TRUSTED = new TrustLevel("trusted");
  /** As trusted. */
  public static final TrustLevel MODERATOR = new TrustLevel("moderator");

  public TrustLevel {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
