package dev.amba.reviews;

import java.util.Map;
import java.util.TreeMap;

/**
 * The project's reviews in numbers (26.2).
 *
 * @param totalReviews every review, approved or not
 * @param averageRating the mean of the approved ones, 2 decimals; 0 without any
 * @param pendingApproval how many are not approved
 * @param ratingDistribution rating (1 to 5) to how many reviews give it, approved or not; immutable
 */
public record ReviewStats(long totalReviews, double averageRating, long pendingApproval,
    Map<Integer, Long> ratingDistribution) {

  /**
   * Copies the distribution in rating order, so the record is immutable.
   *
   * @param totalReviews every review, approved or not
   * @param averageRating the mean of the approved ones
   * @param pendingApproval how many are not approved
   * @param ratingDistribution rating to count, or null (read as empty)
   */
  public ReviewStats {
    ratingDistribution = ratingDistribution == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new TreeMap<>(ratingDistribution));
  }
}
