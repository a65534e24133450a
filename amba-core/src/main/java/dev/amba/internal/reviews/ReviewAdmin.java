package dev.amba.internal.reviews;

import dev.amba.internal.util.ModuleNames;
import dev.amba.OffsetPage;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.endpoint.ReviewEndpoints;
import dev.amba.reviews.ProjectReviews;
import dev.amba.reviews.Review;
import dev.amba.reviews.ReviewExport;
import dev.amba.reviews.ReviewStats;
import dev.amba.reviews.ReviewableItem;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Every review and reviewable item (server key). */
public final class ReviewAdmin implements ProjectReviews {

  private final ProjectCalls calls;

  public ReviewAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public ReviewStats stats() {
    return calls.call(ReviewEndpoints.ADMIN_STATS).<ReviewWire.Stats>data(ReviewWire.Stats.class).toPublic();
  }

  @Override
  public OffsetPage<Review> list(int offset, int limit) {
    return Paging.page(calls.call(ReviewEndpoints.ADMIN_LIST), offset, limit, MAX_PAGE, ReviewWire.Row.class,
        ReviewWire.Row::toPublic);
  }

  @Override
  public OffsetPage<Review> list(boolean approved, int offset, int limit) {
    return Paging.page(calls.call(ReviewEndpoints.ADMIN_LIST).query("is_approved", approved), offset, limit, MAX_PAGE,
        ReviewWire.Row.class, ReviewWire.Row::toPublic);
  }

  @Override
  public Stream<Review> listAll() {
    return Paging.walk(() -> calls.call(ReviewEndpoints.ADMIN_LIST), 0, ReviewWire.PAGE, ReviewWire.Row.class,
        ReviewWire.Row::toPublic);
  }

  @Override
  public String export(ReviewExport export) {
    Objects.requireNonNull(export, "export");
    byte[] body = calls.call(ReviewEndpoints.ADMIN_EXPORT).query("format", export.format())
        .query("since", export.sinceFilter().map(Object::toString).orElse(null))
        .query("rating_min", export.ratingMinFilter().isPresent() ? export.ratingMinFilter().getAsInt() : null)
        .query("rating_max", export.ratingMaxFilter().isPresent() ? export.ratingMaxFilter().getAsInt() : null)
        .send().body();
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public Review setApproved(String reviewId, boolean approved) {
    ModuleNames.uuid(reviewId, "reviewId");
    return calls.call(ReviewEndpoints.ADMIN_APPROVAL, reviewId).body(Map.of("is_approved", approved))
        .<ReviewWire.Row>data(ReviewWire.Row.class).toPublic();
  }

  @Override
  public void delete(String reviewId) {
    ModuleNames.uuid(reviewId, "reviewId");
    calls.call(ReviewEndpoints.ADMIN_DELETE, reviewId).data(Map.class);
  }

  @Override
  public OffsetPage<ReviewableItem> items(int offset, int limit) {
    return Paging.page(calls.call(ReviewEndpoints.ADMIN_ITEMS), offset, limit, MAX_PAGE, ReviewWire.Item.class,
        ReviewWire.Item::toPublic);
  }

  @Override
  public Stream<ReviewableItem> itemsAll() {
    return Paging.walk(() -> calls.call(ReviewEndpoints.ADMIN_ITEMS), 0, ReviewWire.PAGE, ReviewWire.Item.class,
        ReviewWire.Item::toPublic);
  }
}
