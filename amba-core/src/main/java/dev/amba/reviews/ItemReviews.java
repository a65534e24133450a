package dev.amba.reviews;

import dev.amba.OffsetPage;
import java.util.Objects;

/**
 * One page of an item's approved reviews, newest first, each with its author, and the item's
 * aggregates over all its approved reviews.
 *
 * @param reviews the page of approved reviews, newest first, each with its author
 * @param avgRating rounded half-up to 2 decimals; 0 for an item nobody reviewed
 * @param reviewCount how many approved reviews the item has
 */
public record ItemReviews(OffsetPage<Review> reviews, double avgRating, long reviewCount) {

  /**
   * Checks that the page is there.
   *
   * @param reviews the page of approved reviews, not null
   * @param avgRating the mean rating of the item's approved reviews
   * @param reviewCount how many approved reviews the item has
   * @throws NullPointerException when {@code reviews} is null
   */
  public ItemReviews {
    Objects.requireNonNull(reviews, "reviews");
  }
}
