package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Reviews (amba-api-modules.md 26): one review per user per reviewable item, screened by the
 * moderation rules when written, read with the item's aggregates; admins approve, delete, export.
 * A repeated submit answers 409 {@code already_reviewed}, so it is never retried blind.
 */
public final class ReviewEndpoints {

  private ReviewEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String REVIEWS = CLIENT + "/reviews";
  private static final String ADMIN_REVIEWS = ADMIN + "/reviews";

  /** X: a review whose title or body a moderation rule matches is made unapproved (26.3). */
  public static final Endpoint SUBMIT = AREA.declare("reviews.submit", "POST", REVIEWS, ACTING_USER, NEVER, Shape.ITEM);
  /**
   * The offset list plus {@code avg_rating} and {@code review_count}. X: an item nobody reviewed
   * answers an empty list with 0 and 0.
   */
  public static final Endpoint FOR_ITEM = AREA.declare("reviews.for_item", "GET",
      REVIEWS + "/item/{itemType}/{itemId}", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  /** X: the caller's 100 newest reviews. */
  public static final Endpoint MINE = AREA.declare("reviews.mine", "GET", REVIEWS + "/mine", ACTING_USER, METHOD,
      Shape.LIST);
  /** X: screened again; approved unless a rule matches. */
  public static final Endpoint UPDATE =
      AREA.declare("reviews.update", "PATCH", REVIEWS + "/{reviewId}", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint DELETE =
      AREA.declare("reviews.delete", "DELETE", REVIEWS + "/{reviewId}", ACTING_USER, METHOD, Shape.ITEM);

  /** X: {@code average_rating} over approved reviews, the distribution and total over all. */
  public static final Endpoint ADMIN_STATS =
      AREA.declare("admin.reviews.stats", "GET", ADMIN_REVIEWS + "/stats", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.reviews.list", "GET", ADMIN_REVIEWS, SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** The body itself: {@code text/csv} or {@code application/x-ndjson}, one review a line, oldest first (X). */
  public static final Endpoint ADMIN_EXPORT =
      AREA.declare("admin.reviews.export", "GET", ADMIN_REVIEWS + "/export", SERVER_KEY, METHOD, Shape.RAW);
  public static final Endpoint ADMIN_APPROVAL =
      AREA.declare("admin.reviews.approval", "PATCH", ADMIN_REVIEWS + "/{reviewId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** A hard delete; answers M2's delete marker; X: 404 {@code not_found} when absent. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.reviews.delete", "DELETE", ADMIN_REVIEWS + "/{reviewId}", SERVER_KEY, METHOD, Shape.ITEM);
  /** X: ties by {@code review_count} descending, then oldest first. */
  public static final Endpoint ADMIN_ITEMS =
      AREA.declare("admin.reviews.items", "GET", ADMIN_REVIEWS + "/items", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
}
