package dev.amba.internal.reviews;

import dev.amba.internal.util.ModuleNames;
import dev.amba.OffsetPage;
import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ReviewEndpoints;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.reviews.ItemReviews;
import dev.amba.reviews.NewReview;
import dev.amba.reviews.Review;
import dev.amba.reviews.ReviewUpdate;
import dev.amba.reviews.UserReviews;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ReviewClient implements UserReviews {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, ReviewWire.Row.class);

  private final UserCalls calls;

  public ReviewClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public Review submit(NewReview review) {
    Objects.requireNonNull(review, "review");
    return calls.call(ReviewEndpoints.SUBMIT).body(WireForms.of(review))
        .<ReviewWire.Row>data(ReviewWire.Row.class).toPublic();
  }

  @Override
  public ItemReviews getForItem(String itemType, String itemId, int offset, int limit) {
    ReviewArguments.itemType(itemType);
    ReviewArguments.itemId(itemId);
    ModuleArguments.range(offset, 0, Integer.MAX_VALUE, "offset");
    ModuleArguments.range(limit, 1, MAX_PAGE, "limit");
    ReviewWire.ItemPage page = calls.call(ReviewEndpoints.FOR_ITEM, itemType, itemId).query("limit", limit)
        .query("offset", offset).unwrapped(ReviewWire.ItemPage.class);
    List<Review> reviews = page.data() == null ? List.of() : page.data().stream().map(ReviewWire.Row::toPublic).toList();
    return new ItemReviews(new OffsetPage<>(reviews, page.total() == null ? reviews.size() : page.total(),
        page.offset() == null ? offset : page.offset(), page.limit() == null ? limit : page.limit()),
        page.avgRating() == null ? 0 : page.avgRating(), page.reviewCount() == null ? 0 : page.reviewCount());
  }

  @Override
  public List<Review> getMine() {
    List<ReviewWire.Row> rows = calls.call(ReviewEndpoints.MINE).data(ROWS);
    return rows.stream().map(ReviewWire.Row::toPublic).toList();
  }

  @Override
  public Review update(String reviewId, ReviewUpdate update) {
    ModuleNames.uuid(reviewId, "reviewId");
    return calls.call(ReviewEndpoints.UPDATE, reviewId).body(WireForms.ofUpdate(update))
        .<ReviewWire.Row>data(ReviewWire.Row.class).toPublic();
  }

  @Override
  public void delete(String reviewId) {
    ModuleNames.uuid(reviewId, "reviewId");
    calls.call(ReviewEndpoints.DELETE, reviewId).data(Map.class);
  }
}
