package dev.amba.email;

import dev.amba.internal.util.TextArguments;

/** Why an address is suppressed (33.3), by its wire value; a reason the service adds later still reads. */
public record SuppressionReason(String value) {

  /** Put on the list by an admin: the default. */
  public static final SuppressionReason MANUAL = new SuppressionReason("manual");
  public static final SuppressionReason BOUNCE = new SuppressionReason("bounce");
  public static final SuppressionReason COMPLAINT = new SuppressionReason("complaint");

  public SuppressionReason {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
