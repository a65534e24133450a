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
   * @param review the item, rating and optional title and text
   * @return the review as stored, approved or held back
   * @throws dev.amba.AmbaConflictException ({@code already_reviewed}) when the user reviewed the item already
   */
  Review submit(NewReview review);

  /**
   * One page of an item's approved reviews, newest first, with their authors and the item's aggregates.
   *
   * @param itemType the kind of item, lower_snake_case of 1 to 64 characters
   * @param itemId the item's id in the app, 1..256 characters
   * @param offset how many reviews to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page and the item's aggregates; an item nobody reviewed has an empty page, average 0
   * @throws IllegalArgumentException when an argument breaks its rule, naming it
   */
  ItemReviews getForItem(String itemType, String itemId, int offset, int limit);

  /**
   * The user's own reviews, approved or not, newest first (at most the 100 newest), each with its item.
   *
   * @return the reviews, empty when the user wrote none
   */
  List<Review> getMine();

  /**
   * Changes the user's review; it is screened again.
   *
   * @param reviewId the review's id
   * @param update what to change; at least one field
   * @return the review as it is now, approved or held back
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code update_failed}) when the user wrote no review with this id
   */
  Review update(String reviewId, ReviewUpdate update);

  /**
   * Deletes the user's review.
   *
   * @param reviewId the review's id
   * @throws dev.amba.AmbaNotFoundException when the user wrote no review with this id
   */
  void delete(String reviewId);
}
