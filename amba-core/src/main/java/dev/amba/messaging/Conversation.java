package dev.amba.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A conversation (25.3).
 *
 * @param id the conversation's id, the value the message calls take
 * @param type direct or group
 * @param name what the app calls it, or null when it has none
 * @param metadata the app's own data about it, as it was created
 * @param createdAt when it was opened, by the server's clock
 * @param updatedAt when its newest message was sent (or it was created, before any)
 */
public record Conversation(String id, ConversationType type, String name, Map<String, Object> metadata,
    Instant createdAt, Instant updatedAt) {

  /**
   * Checks the type and copies the metadata, so the record is immutable.
   *
   * @param id the conversation's id
   * @param type direct or group, not null
   * @param name what the app calls it, or null
   * @param metadata the app's own data, or null for none (read as empty)
   * @param createdAt when it was opened
   * @param updatedAt when its newest message was sent, or it was created
   * @throws NullPointerException when {@code type} is null
   */
  public Conversation {
    Objects.requireNonNull(type, "type");
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }
}
