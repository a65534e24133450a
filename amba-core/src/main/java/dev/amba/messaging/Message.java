package dev.amba.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation (25.3).
 *
 * @param id the message's id, for {@link ProjectMessaging#deleteMessage}
 * @param conversationId the conversation it was sent to
 * @param senderId the participant who sent it
 * @param body what was written: text, or an image's URL
 * @param messageType how an app shows it: text, image or system
 * @param metadata the app's own data about it, as it was sent; empty when none
 * @param createdAt when it was sent, by the server's clock
 */
public record Message(String id, String conversationId, String senderId, String body, MessageType messageType,
    Map<String, Object> metadata, Instant createdAt) {

  /**
   * Checks the type and copies the metadata, so the record is immutable.
   *
   * @param id the message's id
   * @param conversationId the conversation it was sent to
   * @param senderId the participant who sent it
   * @param body what was written
   * @param messageType how an app shows it, not null
   * @param metadata the app's own data, or null for none (read as empty)
   * @param createdAt when it was sent
   * @throws NullPointerException when {@code messageType} is null
   */
  public Message {
    Objects.requireNonNull(messageType, "messageType");
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }
}
