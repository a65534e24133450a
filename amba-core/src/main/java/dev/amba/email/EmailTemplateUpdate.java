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

  /**
   * An update that changes nothing yet; sending one is refused.
   *
   * @return an empty update to set changes on
   */
  public static EmailTemplateUpdate create() {
    return new EmailTemplateUpdate(FieldMap.empty());
  }

  /**
   * A new subject.
   *
   * @param subject 1 to 998 characters, placeholders allowed
   * @return a copy with the subject set
   * @throws IllegalArgumentException when {@code subject} is null, blank or too long
   */
  public EmailTemplateUpdate subject(String subject) {
    return new EmailTemplateUpdate(fields.with("subject", EmailArguments.subject(subject)));
  }

  /**
   * A new HTML body.
   *
   * @param htmlBody 1 character to 256 KiB, placeholders allowed
   * @return a copy with the HTML body set
   * @throws IllegalArgumentException when {@code htmlBody} is null, blank or too long
   */
  public EmailTemplateUpdate htmlBody(String htmlBody) {
    return new EmailTemplateUpdate(fields.with("html_body", EmailArguments.body(htmlBody, "htmlBody")));
  }

  /**
   * A new plain-text body, or null to drop it (sends then strip the HTML's tags).
   *
   * @param textBody 1 character to 256 KiB, or null
   * @return a copy with the text body set or dropped
   * @throws IllegalArgumentException when {@code textBody} is blank or too long
   */
  public EmailTemplateUpdate textBody(String textBody) {
    return new EmailTemplateUpdate(fields.with("text_body",
        textBody == null ? null : EmailArguments.body(textBody, "textBody")));
  }

  /**
   * Whether nothing is set.
   *
   * @return true when the update would change nothing (and would be refused)
   */
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
