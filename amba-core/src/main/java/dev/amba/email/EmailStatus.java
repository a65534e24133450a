package dev.amba.email;

import dev.amba.internal.util.TextArguments;

/**
 * What became of a send (33.3), by its wire value. A record rather than an enum, so a status the
 * service adds later still reads.
 */
public record EmailStatus(String value) {

  public static final EmailStatus QUEUED = new EmailStatus("queued");
  public static final EmailStatus SENT = new EmailStatus("sent");
  /** The address is on the suppression list: nothing was sent, and the send still succeeded. */
  public static final EmailStatus SUPPRESSED = new EmailStatus("suppressed");
  public static final EmailStatus BOUNCED = new EmailStatus("bounced");
  public static final EmailStatus FAILED = new EmailStatus("failed");

  public EmailStatus {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
