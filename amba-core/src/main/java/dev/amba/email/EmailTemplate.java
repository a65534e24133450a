package dev.amba.email;

import java.time.Instant;

/**
 * A stored template (33.3). {@code {{name}}} placeholders in the subject and bodies are filled from
 * a send's data.
 *
 * @param name the template's name, what sends name
 * @param subject the subject, placeholders allowed
 * @param htmlBody the HTML body; placeholder values are HTML-escaped into it
 * @param textBody the plain-text body, or null: a send then uses the HTML with its tags removed
 * @param createdAt when the template was first saved, by the server's clock
 * @param updatedAt when it was last saved or changed, by the server's clock
 */
public record EmailTemplate(String name, String subject, String htmlBody, String textBody, Instant createdAt,
    Instant updatedAt) {}
