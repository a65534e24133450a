/**
 * Transactional email (amba-api-modules.md 33): templates with {@code {{name}}} placeholders, sends
 * to a user or an address, the delivery log and the suppression list.
 *
 * <p>A user's app sends to the acting user only, through {@link dev.amba.AmbaUser#email()}; admins
 * manage templates, send to anyone and read deliveries through {@link dev.amba.AmbaClient#email()},
 * which needs the developer PAT ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}): Amba
 * refuses the server key on those routes.
 *
 * <pre>{@code
 * amba.email().saveTemplate(NewEmailTemplate.of("welcome", "Hi {{name}}", "<p>Welcome, {{name}}!</p>"));
 * EmailSendResult sent = amba.asUser(uid).email().send("welcome", Map.of("name", "Ada"));
 * amba.email().suppress("bounced@example.com", SuppressionReason.BOUNCE);
 * }</pre>
 */
package dev.amba.email;
