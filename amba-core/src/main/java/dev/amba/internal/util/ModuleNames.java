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
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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

  /** @throws IllegalArgumentException naming {@code argument} unless {@code id} is a UUID string */
  public static String uuid(String id, String argument) {
    if (!isUuid(id)) {
      throw new IllegalArgumentException(argument + " must be an id (a UUID such as "
          + "123e4567-e89b-12d3-a456-426614174000), got " + quoted(id));
    }
    return id;
  }

  /**
   * A value a route looks up by id or by key (M1) where nothing else can match, such as a catalog
   * item named in a body: a UUID, or a key.
   *
   * @throws IllegalArgumentException naming {@code argument} for anything else
   */
  public static String uuidOrKey(String value, String argument) {
    if (!isUuid(value) && (value == null || value.isEmpty() || value.length() > MAX_KEY || !KEY.matcher(value).matches())) {
      throw new IllegalArgumentException(argument + " must be an id (a UUID) or a key (1.." + MAX_KEY
          + " characters of a-z, 0-9 and _, starting with a letter), got " + quoted(value));
    }
    return value;
  }

  /** Whether a path value would be looked up by id rather than by key (M1). */
  public static boolean isUuid(String idOrKey) {
    return idOrKey != null && UUID.matcher(idOrKey).matches();
  }

  /**
   * An {@code {idOrKey}} path value: not blank, and not a word the route's own path takes (M1's
   * reserved keys: {@code GET /achievements/progress} is the progress list, never the achievement
   * keyed {@code progress}).
   *
   * @param shadowed the words that would name another route here
   */
  public static String idOrKey(String idOrKey, String argument, String... shadowed) {
    text(idOrKey, argument);
    for (String word : shadowed) {
      if (word.equals(idOrKey)) {
        throw new IllegalArgumentException(argument + " \"" + idOrKey + "\" names another route here; pass the id"
            + " of the row whose key it is");
      }
    }
    return idOrKey;
  }

  /** @throws IllegalArgumentException naming {@code argument} unless {@code text} has a non-blank character */
  public static String text(String text, String argument) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(argument + " must not be " + (text == null ? "null" : "blank"));
    }
    return WellFormedText.require(text, argument);
  }

  // Long input is cut so a message never carries a whole pasted document.
  private static String quoted(String s) {
    if (s == null) {
      return "null";
    }
    return '"' + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + '"';
  }
}
