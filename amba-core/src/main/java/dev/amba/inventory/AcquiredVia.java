package dev.amba.inventory;

import java.util.Objects;

/**
 * How a user came to own an item, by its wire value ({@code acquired_via}). A record rather than an
 * enum, so a way the service adds later still reads.
 *
 * @param value the wire value, such as {@code grant}
 */
public record AcquiredVia(String value) {

  /** Bought with currency (a purchase of the item itself). */
  public static final AcquiredVia STORE_PURCHASE = new AcquiredVia("store_purchase");
  /** Granted by an admin. */
  public static final AcquiredVia GRANT = new AcquiredVia("grant");
  /** Awarded for an achievement. */
  public static final AcquiredVia ACHIEVEMENT_REWARD = new AcquiredVia("achievement_reward");
  /** Received as the content of a bundle the user bought. */
  public static final AcquiredVia BUNDLE = new AcquiredVia("bundle");
  /** Awarded for a referral. */
  public static final AcquiredVia REFERRAL = new AcquiredVia("referral");

  /**
   * A way of acquiring by its wire value.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public AcquiredVia {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
