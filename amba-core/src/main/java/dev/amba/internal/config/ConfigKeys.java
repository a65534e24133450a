package dev.amba.internal.config;

/** The config key rule checked before sending; the service decides everything finer. */
public final class ConfigKeys {

  static final int MAX_LENGTH = 128;

  private ConfigKeys() {}

  public static String check(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("key must be 1.." + MAX_LENGTH + " characters, got "
          + (key == null ? "null" : key.length() + " characters"));
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException("key must not contain whitespace or control characters");
      }
    }
    return key;
  }
}
