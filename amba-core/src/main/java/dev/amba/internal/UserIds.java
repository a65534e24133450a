package dev.amba.internal;

/** The uid rule of amba-api.md section 2.1, checked before anything is sent. */
public final class UserIds {

  static final int MAX_LENGTH = 128;

  private UserIds() {}

  public static String check(String uid, String argument) {
    if (uid == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    int n = uid.length();
    if (n == 0 || n > MAX_LENGTH) {
      throw new IllegalArgumentException(argument + " must be 1.." + MAX_LENGTH + " characters, got " + n);
    }
    for (int i = 0; i < n; i++) {
      char c = uid.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == ':' || c == '-')) {
        throw new IllegalArgumentException(argument + " may only use [A-Za-z0-9_.:-]; character " + i
            + " is " + describe(c));
      }
    }
    return uid;
  }

  private static String describe(char c) {
    return c < 32 || c > 126 ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
