package dev.amba.reviews;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * Admin: every review and reviewable item, approvals and exports, from {@code amba.reviews()}
 * (server key).
 *
 * <pre>{@code
 * amba.reviews().list(false, 0, 20).items().forEach(r -> amba.reviews().setApproved(r.id(), true));
 * }</pre>
 */
public interface ProjectReviews {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * The project's reviews in numbers: how many, the mean rating, how many wait for approval.
   *
   * @return the project's review statistics
   */
  ReviewStats stats();

  /**
   * One page of every review, newest first, each with its author and item.
   *
   * @param offset how many reviews to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<Review> list(int offset, int limit);

  /**
   * One page of the approved ({@code true}) or unapproved ({@code false}) reviews, newest first.
   *
   * @param approved true for the approved reviews, false for those held back
   * @param offset how many reviews to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<Review> list(boolean approved, int offset, int limit);

  /**
   * Every review, newest first, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the reviews, empty when there are none
   */
  Stream<Review> listAll();

  /**
   * The reviews the export selects, as one text: CSV with a header line, or one JSON object per line;
   * oldest first.
   *
   * @param export the format and the filters (since, lowest and highest rating)
   * @return the export's text; only the CSV header line when nothing matches, empty for NDJSON
   * @throws NullPointerException when {@code export} is null
   */
  String export(ReviewExport export);

  /**
   * Approves a review (it shows and counts on its item) or holds it back.
   *
   * @param reviewId the review's id
   * @param approved true to approve it, false to hold it back
   * @return the review as it is now
   * @throws dev.amba.AmbaNotFoundException when the project has no review with this id
   */
  Review setApproved(String reviewId, boolean approved);

  /**
   * Deletes a review for good; its item's aggregates are recomputed.
   *
   * @param reviewId the review's id
   * @throws dev.amba.AmbaNotFoundException when the project has no review with this id
   */
  void delete(String reviewId);

  /**
   * One page of the reviewed items, the best rated first.
   *
   * @param offset how many items to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<ReviewableItem> items(int offset, int limit);

  /**
   * Every reviewed item, the best rated first, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the items, empty when nothing was reviewed
   */
  Stream<ReviewableItem> itemsAll();
}
