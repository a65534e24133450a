package dev.amba.internal.content;

import java.util.Locale;

/** A content library's slug, derived from its name when none is given (28.4 #1). */
public final class Slugs {

  public static final int MAX = 64;

  private Slugs() {}

  /**
   * The name lowercased, every run of characters other than a-z and 0-9 one {@code _}, leading and
   * trailing {@code _} removed, {@code l_} in front of a leading digit, cut to {@value #MAX}. X: a
   * name with no letter or digit at all gives {@code library}.
   */
  public static String fromName(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty()) {
      return "library";
    }
    if (Character.isDigit(s.charAt(0))) {
      s = "l_" + s;
    }
    return s.length() > MAX ? s.substring(0, MAX) : s;
  }
}
