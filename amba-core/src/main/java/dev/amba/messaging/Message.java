package dev.amba.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation (25.3).
 *
 * @param senderId the participant who sent it
 * @param metadata the app's own data about it, as it was sent
 */
public record Message(String id, String conversationId, String senderId, String body, MessageType messageType,
    Map<String, Object> metadata, Instant createdAt) {

  public Message {
    Objects.requireNonNull(messageType, "messageType");
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }
}
