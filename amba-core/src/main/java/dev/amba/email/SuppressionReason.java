package dev.amba.email;

import dev.amba.internal.util.TextArguments;

/**
 * Why an address is suppressed (33.3), by its wire value; a reason the service adds later still reads.
 *
 * @param value the wire value, lowercase, such as {@code bounce}
 */
public record SuppressionReason(String value) {

  /** Put on the list by an admin: the default. */
  public static final SuppressionReason MANUAL = new SuppressionReason("manual");
  /** Mail to the address bounced. */
  public static final SuppressionReason BOUNCE = new SuppressionReason("bounce");
  /** The recipient complained, such as by marking a mail as spam. */
  public static final SuppressionReason COMPLAINT = new SuppressionReason("complaint");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public SuppressionReason {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
