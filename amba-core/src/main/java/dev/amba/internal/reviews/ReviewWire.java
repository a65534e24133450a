package dev.amba.internal.reviews;

import dev.amba.reviews.Review;
import dev.amba.reviews.ReviewStats;
import dev.amba.reviews.ReviewTarget;
import dev.amba.reviews.ReviewableItem;
import dev.amba.reviews.UserReviews;
import dev.amba.users.UserSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Review answers as they arrive (26.3). The 4.x core decodes a review as {@code {id, author_id,
 * target_type, target_id, rating, ...}}: those names are read when the protocol's are absent, and
 * never sent.
 */
public final class ReviewWire {

  private ReviewWire() {}

  static final int PAGE = UserReviews.MAX_PAGE;

  public record Row(
      String id,
      String reviewableItemId,
      String appUserId,
      String authorId,
      Integer rating,
      String title,
      String body,
      Boolean isApproved,
      Instant createdAt,
      Instant updatedAt,
      Target reviewableItems,
      String targetType,
      String targetId,
      Author appUsers) {

    Review toPublic() {
      String author = appUserId != null ? appUserId : authorId;
      ReviewTarget item = reviewableItems != null && reviewableItems.itemType() != null
          ? new ReviewTarget(reviewableItems.itemType(), reviewableItems.itemId())
          : targetType != null && targetId != null ? new ReviewTarget(targetType, targetId) : null;
      UserSummary shown = appUsers == null || author == null ? null
          : new UserSummary(appUsers.id() != null ? appUsers.id() : author, appUsers.displayName(),
              appUsers.avatarUrl());
      // A review is approved from its creation on unless a rule held it back (26.3).
      return new Review(id, reviewableItemId, author, rating == null ? 0 : rating, title, body,
          isApproved == null || isApproved, createdAt, updatedAt != null ? updatedAt : createdAt, item, shown);
    }
  }

  /** {@code reviewable_items {item_type, item_id}} beside a review. */
  public record Target(String itemType, String itemId) {}

  /** {@code app_users {id, display_name, avatar_url}} beside a review. */
  public record Author(String id, String displayName, String avatarUrl) {}

  /** The item page: an offset list with the item's aggregates beside it. */
  public record ItemPage(List<Row> data, Long total, Integer offset, Integer limit, Double avgRating,
      Long reviewCount) {}

  public record Item(String id, String itemType, String itemId, Double avgRating, Long reviewCount,
      Instant createdAt, Instant updatedAt) {

    ReviewableItem toPublic() {
      return new ReviewableItem(id, itemType, itemId, avgRating == null ? 0 : avgRating,
          reviewCount == null ? 0 : reviewCount, createdAt, updatedAt != null ? updatedAt : createdAt);
    }
  }

  public record Stats(Long totalReviews, Double averageRating, Long pendingApproval,
      Map<String, Long> ratingDistribution) {

    ReviewStats toPublic() {
      Map<Integer, Long> counts = new TreeMap<>();
      if (ratingDistribution != null) {
        ratingDistribution.forEach((k, v) -> {
          try {
            counts.put(Integer.parseInt(k), v == null ? 0 : v);
          } catch (NumberFormatException e) {
            // A key that is not a rating is not one of the distribution's.
          }
        });
      }
      return new ReviewStats(totalReviews == null ? 0 : totalReviews, averageRating == null ? 0 : averageRating,
          pendingApproval == null ? 0 : pendingApproval, counts);
    }
  }
}
