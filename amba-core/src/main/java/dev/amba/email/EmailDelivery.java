package dev.amba.email;

import java.time.Instant;
import java.util.Objects;

/**
 * One send as the delivery log keeps it (33.3).
 *
 * @param id the delivery's id, for {@link ProjectEmail#delivery}
 * @param template the template's name, or null for a send with its own subject and body
 * @param toEmail the address it went to
 * @param appUserId the user it went to, or null for a send to an address
 * @param subject the subject as sent, placeholders filled
 * @param status what became of it
 * @param messageId the provider's id, or null when nothing was sent (a suppressed address)
 * @param error why it failed, or null
 * @param createdAt when it was sent, by the server's clock
 */
public record EmailDelivery(String id, String template, String toEmail, String appUserId, String subject,
    EmailStatus status, String messageId, String error, Instant createdAt) {

  /**
   * Checks that the delivery has a status.
   *
   * @param id the delivery's id
   * @param template the template's name, or null
   * @param toEmail the address it went to
   * @param appUserId the user it went to, or null
   * @param subject the subject as sent
   * @param status what became of it, not null
   * @param messageId the provider's id, or null
   * @param error why it failed, or null
   * @param createdAt when it was sent
   * @throws NullPointerException when {@code status} is null
   */
  public EmailDelivery {
    Objects.requireNonNull(status, "status");
  }
}
