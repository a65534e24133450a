package dev.amba.internal.util;

import java.nio.charset.StandardCharsets;

/** Percent-encodes one path segment, so no value can add segments, a query or a fragment. */
public final class PathSegment {

  private PathSegment() {}

  /**
   * @param argument the caller's name for the value, for the message
   * @throws IllegalArgumentException for null, empty, {@code .} or {@code ..} (which URL resolution
   *     turns into another route) or text UTF-8 cannot carry
   */
  public static String encode(String segment, String argument) {
    if (segment == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      throw new IllegalArgumentException(argument + " must not be empty, '.' or '..' in a URL path, got '"
          + segment + "'");
    }
    WellFormedText.require(segment, argument);
    StringBuilder sb = null;
    byte[] bytes = null;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (!unreserved(c)) {
        bytes = segment.getBytes(StandardCharsets.UTF_8);
        sb = new StringBuilder(bytes.length * 3);
        break;
      }
    }
    if (sb == null) {
      return segment;
    }
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c < 0x80 && unreserved((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == ':';
  }
}
