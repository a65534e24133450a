package dev.amba.stores;

import java.time.Instant;

/**
 * A store: a named set of listings of catalog items, each with its own prices, order and window.
 *
 * @param id the store's id; admin paths take it
 * @param key unique in the project when set, {@code ^[a-z][a-z0-9_]*$}; client paths take it or the
 *     id; null for a store created without one
 * @param name the name shown to users
 * @param description a note shown to users, or null
 * @param isActive whether users see the store and can buy through it
 * @param segmentId the segment whose members alone see the store, or null for everyone
 * @param createdAt when the store was created, by the server's clock
 * @param updatedAt when its settings last changed, by the server's clock
 */
public record Store(
    String id,
    String key,
    String name,
    String description,
    boolean isActive,
    String segmentId,
    Instant createdAt,
    Instant updatedAt) {}
