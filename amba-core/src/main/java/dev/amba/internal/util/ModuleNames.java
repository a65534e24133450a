package dev.amba.internal.util;

import java.util.regex.Pattern;

/**
 * The naming rules every product module shares (amba-api-modules.md M1), checked before anything
 * is sent so a caller learns of a bad key from the argument's name, not from a 400 later.
 */
public final class ModuleNames {

  /** Keys, codes, slugs and template names: {@code ^[a-z][a-z0-9_]*$}, 1 to 64 characters. */
  public static final int MAX_KEY = 64;
  /** Event names inside definitions: section 8's rule, with {@code .} between words. */
  public static final int MAX_EVENT_NAME = 128;

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern EVENT_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private ModuleNames() {}

  /** @throws IllegalArgumentException naming {@code argument} unless {@code key} is an M1 key */
  public static String key(String key, String argument) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(argument + " must be 1.." + MAX_KEY
          + " characters of a-z, 0-9 and _, starting with a letter, got " + quoted(key));
    }
    return key;
  }

  /**
   * @throws IllegalArgumentException naming {@code argument} unless {@code name} is snake_case words
   *     joined by {@code .} ({@code session.completed}), at most {@value #MAX_EVENT_NAME} characters
   */
  public static String eventName(String name, String argument) {
    if (name == null || name.isEmpty() || name.length() > MAX_EVENT_NAME || !EVENT_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(argument + " must be lowercase snake_case words joined by '.', at most "
          + MAX_EVENT_NAME + " characters, got " + quoted(name));
    }
    return name;
  }

  // Long input is cut so a message never carries a whole pasted document.
  private static String quoted(String s) {
    if (s == null) {
      return "null";
    }
    return '"' + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + '"';
  }
}
