package dev.amba.messaging;

import dev.amba.internal.util.TextArguments;

/**
 * What kind of conversation it is (25.3), by its wire value. A record rather than an enum, so a
 * kind the service adds later still reads; the service makes {@link #DIRECT} and {@link #GROUP}.
 *
 * @param value the wire value, lowercase, such as {@code direct}
 */
public record ConversationType(String value) {

  /** Two users, one conversation per pair; nobody else joins it. */
  public static final ConversationType DIRECT = new ConversationType("direct");
  /** Any number of users; a participant may add others. */
  public static final ConversationType GROUP = new ConversationType("group");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public ConversationType {
    value = TextArguments.wireValue(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
