package dev.amba.email;

import java.util.Objects;

/**
 * What a user's send answers (33.1).
 *
 * @param messageId the provider's id, or null when the address is suppressed
 * @param status {@link EmailStatus#SENT}, or {@link EmailStatus#SUPPRESSED}: not an error
 */
public record EmailSendResult(String messageId, EmailStatus status) {

  /**
   * Checks that the result has a status.
   *
   * @param messageId the provider's id, or null
   * @param status what became of the send, not null
   * @throws NullPointerException when {@code status} is null
   */
  public EmailSendResult {
    Objects.requireNonNull(status, "status");
  }
}
