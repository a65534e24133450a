package dev.amba.internal.util;

/**
 * Text that UTF-8 can carry. A Java string may hold an unpaired UTF-16 surrogate, which the JDK's
 * UTF-8 encoders replace with {@code ?} without a word: a config key, a search or a row value would
 * reach the server as different text than the caller wrote.
 */
public final class WellFormedText {

  private WellFormedText() {}

  /** The index of the first surrogate without its partner, or -1. */
  public static int firstUnpairedSurrogate(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** @throws IllegalArgumentException naming {@code argument} when the text holds an unpaired surrogate */
  public static String require(String s, String argument) {
    int at = firstUnpairedSurrogate(s);
    if (at >= 0) {
      throw unpaired(argument, s, at);
    }
    return s;
  }

  public static IllegalArgumentException unpaired(String argument, CharSequence s, int at) {
    return new IllegalArgumentException(argument + " has an unpaired UTF-16 surrogate (U+"
        + String.format("%04X", (int) s.charAt(at)) + " at index " + at + "), which UTF-8 cannot carry");
  }
}
