package dev.amba.email;

import java.util.Objects;

/**
 * What a user's send answers (33.1).
 *
 * @param messageId the provider's id, or null when the address is suppressed
 * @param status {@link EmailStatus#SENT}, or {@link EmailStatus#SUPPRESSED}: not an error
 */
public record EmailSendResult(String messageId, EmailStatus status) {

  public EmailSendResult {
    Objects.requireNonNull(status, "status");
  }
}
