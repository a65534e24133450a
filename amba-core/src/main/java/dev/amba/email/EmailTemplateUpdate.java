package dev.amba.email;

import dev.amba.internal.WireForms;
import dev.amba.internal.email.EmailArguments;
import dev.amba.internal.util.FieldMap;

/**
 * The changes to a template; only what is set is sent, and a name never changes. Immutable.
 *
 * <pre>{@code
 * amba.email().updateTemplate("welcome", EmailTemplateUpdate.create().subject("Welcome aboard, {{name}}"));
 * }</pre>
 */
public final class EmailTemplateUpdate {

  static {
    WireForms.register(EmailTemplateUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private EmailTemplateUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /** An update that changes nothing yet; sending one is refused. */
  public static EmailTemplateUpdate create() {
    return new EmailTemplateUpdate(FieldMap.empty());
  }

  public EmailTemplateUpdate subject(String subject) {
    return new EmailTemplateUpdate(fields.with("subject", EmailArguments.subject(subject)));
  }

  public EmailTemplateUpdate htmlBody(String htmlBody) {
    return new EmailTemplateUpdate(fields.with("html_body", EmailArguments.body(htmlBody, "htmlBody")));
  }

  /** A new plain-text body, or null to drop it (sends then strip the HTML's tags). */
  public EmailTemplateUpdate textBody(String textBody) {
    return new EmailTemplateUpdate(fields.with("text_body",
        textBody == null ? null : EmailArguments.body(textBody, "textBody")));
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailTemplateUpdate u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
