package dev.amba.messaging;

import dev.amba.internal.util.TextArguments;

/**
 * How an app shows a message (25.1), by its wire value: a record rather than an enum, so a type the
 * service adds later still reads. The service accepts {@link #TEXT}, {@link #IMAGE} and
 * {@link #SYSTEM}; the body is text in each case (an image's URL, say).
 *
 * @param value the wire value, lowercase, such as {@code text}
 */
public record MessageType(String value) {

  /** Words a user wrote, shown as they are; the default. */
  public static final MessageType TEXT = new MessageType("text");
  /** A picture; the body is its URL. */
  public static final MessageType IMAGE = new MessageType("image");
  /** Written by the app itself ("Ada joined"), shown apart from what users wrote. */
  public static final MessageType SYSTEM = new MessageType("system");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public MessageType {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
