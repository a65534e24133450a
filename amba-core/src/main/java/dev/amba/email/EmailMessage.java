package dev.amba.email;

import dev.amba.internal.WireForms;
import dev.amba.internal.email.EmailArguments;
import dev.amba.internal.util.FieldMap;
import java.util.Map;

/**
 * What an admin send carries: a stored template and its data, or a subject with its own HTML
 * and/or text. Immutable; checked as it is built.
 *
 * <pre>{@code
 * amba.email().send(EmailRecipient.user(uid), EmailMessage.template("welcome").data(Map.of("name", "Ada")));
 * amba.email().send(EmailRecipient.address("ops@example.com"), EmailMessage.text("Nightly report", "All green."));
 * }</pre>
 */
public final class EmailMessage {

  static {
    WireForms.register(EmailMessage.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private EmailMessage(FieldMap fields) {
    this.fields = fields;
  }

  /** The stored template of this name, its placeholders filled from {@link #data(Map)}. */
  public static EmailMessage template(String name) {
    return new EmailMessage(FieldMap.empty().with("template", EmailArguments.templateName(name)));
  }

  /** A message of its own with an HTML body; add a text one with {@link #withText(String)}. */
  public static EmailMessage html(String subject, String html) {
    return new EmailMessage(FieldMap.empty().with("subject", EmailArguments.subject(subject))
        .with("html", EmailArguments.body(html, "html")));
  }

  /** A message of its own with a plain-text body only. */
  public static EmailMessage text(String subject, String text) {
    return new EmailMessage(FieldMap.empty().with("subject", EmailArguments.subject(subject))
        .with("text", EmailArguments.body(text, "text")));
  }

  /**
   * The template's placeholder values.
   *
   * @throws IllegalStateException on a message of its own, which has no placeholders
   */
  public EmailMessage data(Map<String, ?> data) {
    if (!fields.has("template")) {
      throw new IllegalStateException("data(...) fills a template's placeholders; this message has its own subject");
    }
    return new EmailMessage(fields.with("data", EmailArguments.data(data)));
  }

  /**
   * The plain-text body beside the HTML one.
   *
   * @throws IllegalStateException on a template message, whose template holds its bodies
   */
  public EmailMessage withText(String text) {
    if (fields.has("template")) {
      throw new IllegalStateException("withText(...) is for a message of its own; a template holds its bodies");
    }
    return new EmailMessage(fields.with("text", EmailArguments.body(text, "text")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailMessage m && m.fields.equals(fields);
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
