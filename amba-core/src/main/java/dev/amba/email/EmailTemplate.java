package dev.amba.email;

import java.time.Instant;

/**
 * A stored template (33.3). {@code {{name}}} placeholders in the subject and bodies are filled from
 * a send's data.
 *
 * @param textBody the plain-text body, or null: a send then uses the HTML with its tags removed
 */
public record EmailTemplate(String name, String subject, String htmlBody, String textBody, Instant createdAt,
    Instant updatedAt) {}
