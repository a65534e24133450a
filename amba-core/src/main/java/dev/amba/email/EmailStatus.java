package dev.amba.email;

import dev.amba.internal.util.TextArguments;

/**
 * What became of a send (33.3), by its wire value. A record rather than an enum, so a status the
 * service adds later still reads.
 *
 * @param value the wire value, lowercase, such as {@code sent}
 */
public record EmailStatus(String value) {

  /** Accepted, not yet handed to the mail provider. */
  public static final EmailStatus QUEUED = new EmailStatus("queued");
  /** Handed to the mail provider, which gave it a message id. */
  public static final EmailStatus SENT = new EmailStatus("sent");
  /** The address is on the suppression list: nothing was sent, and the send still succeeded. */
  public static final EmailStatus SUPPRESSED = new EmailStatus("suppressed");
  /** The provider reported the address undeliverable. */
  public static final EmailStatus BOUNCED = new EmailStatus("bounced");
  /** The send did not go out; the delivery's {@code error} says why. */
  public static final EmailStatus FAILED = new EmailStatus("failed");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public EmailStatus {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
