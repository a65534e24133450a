package dev.amba.reviews;

import java.time.Instant;

/**
 * A reviewed thing and its aggregates (26.3), made with its first review.
 *
 * @param avgRating the mean rating of its approved reviews, rounded half-up to 2 decimals; 0 without any
 * @param reviewCount how many approved reviews it has
 */
public record ReviewableItem(
    String id,
    String itemType,
    String itemId,
    double avgRating,
    long reviewCount,
    Instant createdAt,
    Instant updatedAt) {}
