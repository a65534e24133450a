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

  ReviewStats stats();

  /** One page of every review, newest first, each with its author and item. */
  OffsetPage<Review> list(int offset, int limit);

  /** One page of the approved ({@code true}) or unapproved ({@code false}) reviews, newest first. */
  OffsetPage<Review> list(boolean approved, int offset, int limit);

  /** Every review, newest first, a page at a time as the stream is consumed. */
  Stream<Review> listAll();

  /**
   * The reviews the export selects, as one text: CSV with a header line, or one JSON object per line;
   * oldest first.
   */
  String export(ReviewExport export);

  /**
   * Approves a review (it shows and counts on its item) or holds it back.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no review with this id
   */
  Review setApproved(String reviewId, boolean approved);

  /**
   * Deletes a review for good; its item's aggregates are recomputed.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no review with this id
   */
  void delete(String reviewId);

  /** One page of the reviewed items, the best rated first. */
  OffsetPage<ReviewableItem> items(int offset, int limit);

  /** Every reviewed item, the best rated first, a page at a time as the stream is consumed. */
  Stream<ReviewableItem> itemsAll();
}
