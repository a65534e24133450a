package dev.amba.testkit.internal.reviews;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;

/**
 * The reviews' tables (amba-api-modules.md 26.3): reviewable items with their aggregates, and the
 * reviews, one per (item, user): the table itself refuses a second, whatever two submits race.
 */
final class ReviewTables {

  private ReviewTables() {}

  /** X: bounds the protocol leaves open, the same as the SDK's. */
  static final int MAX_ITEM_ID = 256;
  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 5000;

  /** X: the best rated first, ties by the most reviews, then the oldest. */
  static final Resource ITEMS = Resource.in("reviewable_items", Owner.PROJECT).withId()
      .field(
          Field.text("item_type").asRequired().asServerSet().withLength(1, 64),
          Field.text("item_id").asRequired().asServerSet().withLength(1, MAX_ITEM_ID),
          Field.number("avg_rating").asRequired().asServerSet(),
          Field.integer("review_count").asRequired().asServerSet())
      .timestamps()
      .creationOrder()
      .unique("item_type", "item_id")
      .orderBy("-avg_rating", "-review_count", Resource.CREATED_AT, Resource.CREATION_SEQ)
      .notFound("not_found", "no reviewable item with this id in the project")
      .build();

  /** Newest first; reviews written within one instant go by the order they were written, reversed. */
  static final Resource REVIEWS = Resource.in("reviews", Owner.PROJECT).withId()
      .field(
          Field.uuid("reviewable_item_id").asRequired().asServerSet(),
          Field.text("app_user_id").asRequired().asServerSet().withLength(1, 128),
          Field.integer("rating").asRequired().withRange(1, 5),
          Field.text("title").withLength(0, MAX_TITLE),
          Field.text("body").withLength(0, MAX_BODY),
          Field.bool("is_approved").asRequired().asServerSet())
      .timestamps()
      .creationOrder()
      .unique("reviewable_item_id", "app_user_id")
      .orderBy("-" + Resource.CREATED_AT, "-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no review with this id in the project")
      .conflict("already_reviewed", "the user reviewed this item already")
      .build();

  /** The body of {@code POST /reviews}: checked like a create body, never a table. */
  static final Resource SUBMIT_BODY = Resource.in("review_submit_body", Owner.PROJECT)
      .field(
          Field.text("item_type").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE)
              .withDefault(Json.createValue("custom")),
          Field.text("item_id").asRequired().withLength(1, MAX_ITEM_ID),
          Field.integer("rating").asRequired().withRange(1, 5),
          Field.text("title").withLength(0, MAX_TITLE),
          Field.text("body").withLength(0, MAX_BODY))
      .build();

  /** The body of the admin {@code PATCH /reviews/{id}}. */
  static final Resource APPROVAL_BODY = Resource.in("review_approval_body", Owner.PROJECT)
      .field(Field.bool("is_approved").asRequired())
      .build();
}
