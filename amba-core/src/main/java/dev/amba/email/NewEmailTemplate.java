package dev.amba.email;

import dev.amba.internal.WireForms;
import dev.amba.internal.email.EmailArguments;
import dev.amba.internal.util.FieldMap;

/**
 * A template to save: created when its name is new, replaced when it exists (33.2's upsert).
 * Immutable; checked as it is built.
 *
 * <pre>{@code
 * amba.email().saveTemplate(NewEmailTemplate.of("welcome", "Hi {{name}}", "<p>Welcome, {{name}}!</p>")
 *     .textBody("Welcome, {{name}}!"));
 * }</pre>
 */
public final class NewEmailTemplate {

  static {
    WireForms.register(NewEmailTemplate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewEmailTemplate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A template with a subject and an HTML body, without a text body.
   *
   * @param name {@code ^[a-z][a-z0-9_]*$}, 1 to 64 characters: what sends name
   * @param subject 1 to 998 characters, placeholders allowed
   * @param htmlBody the HTML body, 1 character to 256 KiB; placeholder values are HTML-escaped into it
   * @return the template, ready for {@link ProjectEmail#saveTemplate}
   * @throws IllegalArgumentException when an argument breaks its rule, naming it
   */
  public static NewEmailTemplate of(String name, String subject, String htmlBody) {
    return new NewEmailTemplate(FieldMap.empty()
        .with("name", EmailArguments.templateName(name))
        .with("subject", EmailArguments.subject(subject))
        .with("html_body", EmailArguments.body(htmlBody, "htmlBody")));
  }

  /**
   * The plain-text body; without one a send uses the HTML with its tags removed.
   *
   * @param textBody 1 character to 256 KiB, placeholders allowed
   * @return a copy with the text body set
   * @throws IllegalArgumentException when {@code textBody} is null, blank or too long
   */
  public NewEmailTemplate textBody(String textBody) {
    return new NewEmailTemplate(fields.with("text_body", EmailArguments.body(textBody, "textBody")));
  }

  /**
   * The name the template is saved under.
   *
   * @return the name given to {@link #of}
   */
  public String name() {
    return (String) fields.get("name");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewEmailTemplate t && t.fields.equals(fields);
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
