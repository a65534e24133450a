package dev.amba.reviews;

import java.util.List;

/**
 * The acting user's reviews and the approved reviews of any item, from
 * {@code amba.asUser(uid).reviews()}. A user has at most one review per item and changes only its
 * own; another user's review id answers as a missing one.
 *
 * <pre>{@code
 * Review mine = amba.asUser(uid).reviews().submit(NewReview.of("recipe-42", 5).itemType("recipe"));
 * ItemReviews page = amba.asUser(other).reviews().getForItem("recipe", "recipe-42", 0, 20);
 * page.avgRating();   // 5.0, once the review is approved
 * }</pre>
 */
public interface UserReviews {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Submits the user's review of an item. It is approved at once unless a moderation rule matches its
   * title or body; then it waits for a moderator, unseen on the item.
   *
   * @throws dev.amba.AmbaConflictException ({@code already_reviewed}) when the user reviewed the item already
   */
  Review submit(NewReview review);

  /**
   * One page of an item's approved reviews, newest first, with their authors and the item's aggregates.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  ItemReviews getForItem(String itemType, String itemId, int offset, int limit);

  /** The user's own reviews, approved or not, newest first (at most the 100 newest), each with its item. */
  List<Review> getMine();

  /**
   * Changes the user's review; it is screened again.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code update_failed}) when the user wrote no review with this id
   */
  Review update(String reviewId, ReviewUpdate update);

  /**
   * Deletes the user's review.
   *
   * @throws dev.amba.AmbaNotFoundException when the user wrote no review with this id
   */
  void delete(String reviewId);
}
