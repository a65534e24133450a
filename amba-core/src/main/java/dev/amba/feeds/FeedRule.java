package dev.amba.feeds;

import java.time.Instant;

/**
 * A feed rule (24.3): for every stored event named {@code sourceEvent}, tracked or derived (such as
 * {@code achievement_unlocked}), an active rule writes one feed item for the event's user.
 *
 * @param id the rule's id
 * @param sourceEvent the event name the rule answers to
 * @param action what the item says the user did, such as {@code unlocked_achievement}
 * @param targetType what kind of thing the item is about, or null; the item's target id comes from
 *     the event's {@code target_id} property
 * @param isActive whether the rule writes items; an inactive one is kept but does nothing
 * @param createdAt when the rule was added
 * @param updatedAt when it last changed
 */
public record FeedRule(
    String id,
    String sourceEvent,
    String action,
    String targetType,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {}
