package dev.amba.email;

import java.time.Instant;
import java.util.Objects;

/**
 * An address no send reaches until it is taken off the list (33.3).
 *
 * @param email the address, in lower case
 * @param reason why it is on the list: manual, bounce or complaint
 * @param createdAt when it was put on the list, by the server's clock
 */
public record EmailSuppression(String email, SuppressionReason reason, Instant createdAt) {

  /**
   * Checks that the row has a reason.
   *
   * @param email the address
   * @param reason why it is on the list, not null
   * @param createdAt when it was put on the list
   * @throws NullPointerException when {@code reason} is null
   */
  public EmailSuppression {
    Objects.requireNonNull(reason, "reason");
  }
}
