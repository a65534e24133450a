package dev.amba.testkit.internal.feeds;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;

/**
 * The feeds' tables (amba-api-modules.md 24.3): the project's feed rules and the items they wrote.
 * An item names its actor by id (the event's user) and keeps the rule it came from off the wire, so
 * a deleted rule's items stay as they were.
 */
final class FeedTables {

  private FeedTables() {}

  /** X: the longest {@code target_id} an item takes from an event; a longer one is left out. */
  static final int MAX_TARGET_ID = 256;

  /** X: action and target type are lower_snake words (M1's key rule). One rule per event name and action. */
  static final Resource RULES = Resource.in("feed_rules", Owner.PROJECT).withId()
      .field(
          Field.eventName("source_event").asRequired(),
          Field.text("action").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.text("target_type").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .creationOrder()
      .unique("source_event", "action")
      .orderBy("source_event")
      .notFound("not_found", "no feed rule with this id in the project")
      .conflict("rule_exists", "a feed rule with this source_event and action already exists")
      .build();

  /** Newest first; items written within one instant of the clock go by the order they were written, reversed. */
  static final Resource ITEMS = Resource.in("feed_items", Owner.PROJECT).withId()
      .field(
          Field.text("actor_id").asRequired().asServerSet().withLength(1, 128),
          Field.text("action").asRequired().asServerSet().withLength(1, 64),
          Field.text("target_type").asServerSet().withLength(1, 64),
          Field.text("target_id").asServerSet().withLength(1, MAX_TARGET_ID),
          Field.json("metadata").asRequired().asServerSet(),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
          Field.uuid("rule_id").asServerSet().offWire())
      .creationOrder()
      .orderBy("-" + Resource.CREATED_AT, "-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no feed item with this id in the project")
      .build();
}
