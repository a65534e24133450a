package dev.amba.feeds;

import dev.amba.users.UserSummary;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of an activity feed (24.3), written by a feed rule for one of the actor's events.
 *
 * @param id the item's id
 * @param actorId the user whose event it records
 * @param action the rule's action (older answers: {@code verb})
 * @param targetType the rule's target type, or null
 * @param targetId the event's {@code target_id} property when it was a string, else null
 * @param metadata the event's properties (older answers: {@code data}); immutable
 * @param createdAt when the item was written
 * @param actor what the actor shows of themselves
 */
public record FeedItem(
    String id,
    String actorId,
    String action,
    String targetType,
    String targetId,
    Map<String, Object> metadata,
    Instant createdAt,
    UserSummary actor) {

  /**
   * An item; {@code metadata} is copied, and null reads as empty.
   *
   * @param id the item's id
   * @param actorId the actor's id
   * @param action the rule's action
   * @param targetType the target type, or null
   * @param targetId the target id, or null
   * @param metadata the event's properties, or null
   * @param createdAt when it was written
   * @param actor the actor's summary, not null
   * @throws NullPointerException if {@code actor} is null
   */
  public FeedItem {
    Objects.requireNonNull(actor, "actor");
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
