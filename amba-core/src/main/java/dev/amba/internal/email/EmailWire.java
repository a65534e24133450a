package dev.amba.internal.email;

import dev.amba.email.EmailDelivery;
import dev.amba.email.EmailSendResult;
import dev.amba.email.EmailStatus;
import dev.amba.email.EmailSuppression;
import dev.amba.email.SuppressionReason;
import java.time.Instant;

/** Email answers as they arrive (33.3). */
public final class EmailWire {

  private EmailWire() {}

  public record Delivery(String id, String template, String toEmail, String appUserId, String subject,
      String status, String messageId, String error, Instant createdAt) {

    EmailDelivery toDelivery() {
      return new EmailDelivery(id, template, toEmail, appUserId, subject, statusOf(status), messageId, error, createdAt);
    }
  }

  public record Suppression(String email, String reason, Instant createdAt) {

    EmailSuppression toSuppression() {
      // A row naming no reason was put there by hand: the default reason.
      return new EmailSuppression(email, reason == null || reason.isBlank() ? SuppressionReason.MANUAL
          : new SuppressionReason(reason), createdAt);
    }
  }

  public record Sent(String messageId, String status) {

    EmailSendResult toResult() {
      return new EmailSendResult(messageId, statusOf(status));
    }
  }

  /** A delivery naming no status has left: the service writes none without one. */
  private static EmailStatus statusOf(String value) {
    return value == null || value.isBlank() ? EmailStatus.SENT : new EmailStatus(value);
  }
}
