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

  /**
   * The stored template of this name, its placeholders filled from {@link #data(Map)}.
   *
   * @param name the template's name, lower_snake_case of 1 to 64 characters
   * @return the message, without data yet
   * @throws IllegalArgumentException when {@code name} breaks the key rule
   */
  public static EmailMessage template(String name) {
    return new EmailMessage(FieldMap.empty().with("template", EmailArguments.templateName(name)));
  }

  /**
   * A message of its own with an HTML body; add a text one with {@link #withText(String)}.
   *
   * @param subject 1 to 998 characters
   * @param html the HTML body, 1 character to 256 KiB
   * @return the message
   * @throws IllegalArgumentException when {@code subject} or {@code html} is null, blank or too long
   */
  public static EmailMessage html(String subject, String html) {
    return new EmailMessage(FieldMap.empty().with("subject", EmailArguments.subject(subject))
        .with("html", EmailArguments.body(html, "html")));
  }

  /**
   * A message of its own with a plain-text body only.
   *
   * @param subject 1 to 998 characters
   * @param text the plain-text body, 1 character to 256 KiB
   * @return the message
   * @throws IllegalArgumentException when {@code subject} or {@code text} is null, blank or too long
   */
  public static EmailMessage text(String subject, String text) {
    return new EmailMessage(FieldMap.empty().with("subject", EmailArguments.subject(subject))
        .with("text", EmailArguments.body(text, "text")));
  }

  /**
   * The template's placeholder values.
   *
   * @param data the values by placeholder name, each name not blank; copied
   * @return a copy with the data set
   * @throws NullPointerException when {@code data} is null
   * @throws IllegalArgumentException when a placeholder name is blank
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
   * @param text the plain-text body, 1 character to 256 KiB
   * @return a copy with the text body set
   * @throws IllegalArgumentException when {@code text} is null, blank or too long
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
