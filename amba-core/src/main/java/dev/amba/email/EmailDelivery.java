package dev.amba.email;

import java.time.Instant;
import java.util.Objects;

/**
 * One send as the delivery log keeps it (33.3).
 *
 * @param template the template's name, or null for a send with its own subject and body
 * @param appUserId the user it went to, or null for a send to an address
 * @param messageId the provider's id, or null when nothing was sent (a suppressed address)
 * @param error why it failed, or null
 */
public record EmailDelivery(String id, String template, String toEmail, String appUserId, String subject,
    EmailStatus status, String messageId, String error, Instant createdAt) {

  public EmailDelivery {
    Objects.requireNonNull(status, "status");
  }
}
