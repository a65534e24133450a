package dev.amba.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A conversation (25.3).
 *
 * @param name what the app calls it, or null when it has none
 * @param metadata the app's own data about it, as it was created
 * @param updatedAt when its newest message was sent (or it was created, before any)
 */
public record Conversation(String id, ConversationType type, String name, Map<String, Object> metadata,
    Instant createdAt, Instant updatedAt) {

  public Conversation {
    Objects.requireNonNull(type, "type");
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }
}
