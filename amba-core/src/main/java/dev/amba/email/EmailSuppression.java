package dev.amba.email;

import java.time.Instant;
import java.util.Objects;

/** An address no send reaches until it is taken off the list (33.3); {@code email} in lower case. */
public record EmailSuppression(String email, SuppressionReason reason, Instant createdAt) {

  public EmailSuppression {
    Objects.requireNonNull(reason, "reason");
  }
}
