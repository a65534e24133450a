package dev.amba.testkit.internal.email;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 33.3's rendering: {@code {{name}}} placeholders filled from a send's {@code data}, HTML-escaped
 * into the HTML body. X: a value that is a string goes in as it is, any other JSON value as its
 * JSON text, and JSON null counts as missing; spaces inside the braces are allowed. The plain-text
 * fallback is the template's HTML with its tags removed, then filled without escaping, so a value
 * reads as given even where it looks like a tag.
 */
final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

  private Templates() {}

  record Rendered(String subject, String html, String text) {}

  /**
   * @throws ApiException 400 {@code missing_variable} naming every placeholder without a value
   */
  static Rendered render(String name, String subject, String html, String text, JsonObject data) {
    Set<String> missing = new LinkedHashSet<>();
    String s = fill(subject, data, false, missing);
    String h = fill(html, data, true, missing);
    String t = fill(text != null ? text : stripTags(html), data, false, missing);
    if (!missing.isEmpty()) {
      FieldErrors fields = new FieldErrors();
      missing.forEach(m -> fields.add("data." + m, "is used by template " + name + " but was not given"));
      throw new ApiException(400, "missing_variable", "template " + name + " needs variable"
          + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing), fields.toException().details());
    }
    return new Rendered(s, h, t);
  }

  /** The text part of an HTML body: its tags removed. */
  static String stripTags(String html) {
    return TAG.matcher(html).replaceAll("");
  }

  private static String fill(String template, JsonObject data, boolean escape, Set<String> missing) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      JsonValue value = data.get(m.group(1));
      String text;
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        missing.add(m.group(1));
        text = "";
      } else {
        text = value instanceof JsonString str ? str.getString() : JsonIo.write(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escape ? escapeHtml(text) : text));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
