package dev.amba.internal.email;

import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The argument rules of email (33), shared by the request values and the clients, checked before
 * anything is sent. X: the lengths (a subject is at most one 998-character mail header line; a body
 * at most 256 KiB; an address at most 320 characters, RFC 5321's bound).
 */
public final class EmailArguments {

  public static final int MAX_SUBJECT = 998;
  public static final int MAX_BODY = 256 * 1024;
  public static final int MAX_ADDRESS = 320;

  private EmailArguments() {}

  /** A template name: an M1 key. */
  public static String templateName(String name) {
    return ModuleNames.key(name, "template");
  }

  public static String subject(String subject) {
    return TextArguments.require(subject, "subject", 1, MAX_SUBJECT);
  }

  public static String body(String body, String argument) {
    return TextArguments.require(body, argument, 1, MAX_BODY);
  }

  /** One address: something, one {@code @}, something, with no space or control character. */
  public static String address(String email, String argument) {
    Objects.requireNonNull(email, argument);
    int at = email.indexOf('@');
    boolean wellFormed = email.length() >= 3 && email.length() <= MAX_ADDRESS && at > 0 && at == email.lastIndexOf('@')
        && at < email.length() - 1 && email.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    if (!wellFormed) {
      throw new IllegalArgumentException(argument + " must be one email address such as ada@example.com (at most "
          + MAX_ADDRESS + " characters, no spaces), got " + (email.length() > 80 ? email.length() + " characters"
          : '"' + email + '"'));
    }
    return email;
  }

  /** A send's placeholder values: string names, copied so a later change of the caller's map sends nothing new. */
  public static Map<String, Object> data(Map<String, ?> data) {
    Objects.requireNonNull(data, "data");
    Map<String, Object> copy = new LinkedHashMap<>();
    data.forEach((name, value) -> {
      ModuleNames.text(name, "data's variable name");
      copy.put(name, value);
    });
    return java.util.Collections.unmodifiableMap(copy);
  }
}
