package dev.amba.messaging;

import dev.amba.internal.util.TextArguments;

/**
 * How an app shows a message (25.1), by its wire value: a record rather than an enum, so a type the
 * service adds later still reads. The service accepts {@link #TEXT}, {@link #IMAGE} and
 * {@link #SYSTEM}; the body is text in each case (an image's URL, say).
 */
public record MessageType(String value) {

  public static final MessageType TEXT = new MessageType("text");
  public static final MessageType IMAGE = new MessageType("image");
  /** Written by the app itself ("Ada joined"), shown apart from what users wrote. */
  public static final MessageType SYSTEM = new MessageType("system");

  public MessageType {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
