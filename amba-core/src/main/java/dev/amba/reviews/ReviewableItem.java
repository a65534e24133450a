package dev.amba.reviews;

import java.time.Instant;

/**
 * A reviewed thing and its aggregates (26.3), made with its first review.
 *
 * @param id the item's row id, as {@link Review#reviewableItemId()} names it
 * @param itemType the kind of item, lower_snake_case
 * @param itemId the item's id in the app
 * @param avgRating the mean rating of its approved reviews, rounded half-up to 2 decimals; 0 without any
 * @param reviewCount how many approved reviews it has
 * @param createdAt when its first review was submitted, by the server's clock
 * @param updatedAt when its aggregates last changed, by the server's clock
 */
public record ReviewableItem(
    String id,
    String itemType,
    String itemId,
    double avgRating,
    long reviewCount,
    Instant createdAt,
    Instant updatedAt) {}
