package dev.amba.testkit.internal.content;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;

/**
 * The content module's tables (amba-api-modules.md 28.3): libraries keyed by slug, their items,
 * each user's state of an item, schedules, and the item each schedule chose at each tick it was
 * read at (28.4 #3: chosen once, kept until the next tick).
 */
final class ContentTables {

  private ContentTables() {}

  static final String DAILY_ROTATION = "daily_rotation";
  static final String WEEKLY = "weekly";
  static final String RANDOM = "random";
  static final String SEQUENTIAL = "sequential";

  static final Resource LIBRARIES = Resource.in("content_libraries", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128),
          // Not required: a library without one takes the slug derived from its name (28.4 #1).
          Field.text("slug").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE).asImmutable(),
          Field.text("description").withLength(0, 1024),
          Field.json("content_schema"))
      .timestamps()
      .key("slug")
      .creationOrder()
      .orderBy(Resource.CREATED_AT)
      .notFound("not_found", "no content library with this id or slug")
      .conflict("slug_taken", "another library of the project has this slug")
      .build();

  static final Resource ITEMS = Resource.in("content_items", Owner.PROJECT).withId()
      .field(
          Field.uuid("library_id").asRequired().asServerSet(),
          Field.text("owner_app_user_id").asServerSet().withLength(1, 128),
          Field.text("title").withLength(0, 256),
          Field.text("body").asRequired().withLength(1, 100_000),
          Field.text("media_url").withLength(1, 2048),
          Field.text("category").withLength(1, 64),
          Field.json("tags").withDefault(JsonValue.EMPTY_JSON_ARRAY),
          Field.json("metadata").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          // Assigned after the library's highest at create; an admin may move it.
          Field.integer("sort_order").withRange(0, Integer.MAX_VALUE),
          Field.bool("is_premium").withDefault(JsonValue.FALSE),
          Field.bool("is_active").withDefault(JsonValue.TRUE),
          Field.text("content_key").withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.integer("version").withRange(1, Integer.MAX_VALUE).withDefault(jakarta.json.Json.createValue(1)),
          Field.integer("rollout_percent").withRange(0, 100).withDefault(jakarta.json.Json.createValue(100)))
      .timestamps()
      .creationOrder()
      .orderBy("sort_order")
      .notFound("not_found", "no content item with this id")
      .build();

  /** One user's state of one item: any JSON object, the user's alone (28.1 PUT state). */
  static final Resource STATES = Resource.in("content_item_states", Owner.USER)
      .field(
          Field.text("item_id").asRequired().withLength(36, 36),
          Field.json("state").asRequired())
      .timestamps()
      .key("item_id")
      .build();

  static final Resource SCHEDULES = Resource.in("content_schedules", Owner.PROJECT).withId()
      .field(
          Field.uuid("library_id").asRequired().asImmutable(),
          Field.text("name").asRequired().withLength(1, 128),
          Field.text("schedule_type").asRequired().asImmutable()
              .withValues(DAILY_ROTATION, WEEKLY, RANDOM, SEQUENTIAL),
          Field.json("config").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.bool("is_active").withDefault(JsonValue.TRUE),
          Field.uuid("segment_id"))
      .timestamps()
      .creationOrder()
      .orderBy(Resource.CREATED_AT)
      .notFound("not_found", "no content schedule with this id")
      .build();

  /** The item a schedule's tick chose, with the tick's number k (28.4 #3), so counting resumes from it. */
  static final Resource DELIVERIES = Resource.in("content_deliveries", Owner.PROJECT).withId()
      .field(
          Field.uuid("schedule_id").asRequired(),
          Field.timestamp("tick_at").asRequired(),
          Field.bigint("tick_index").asRequired(),
          Field.uuid("item_id").asRequired(),
          Field.text("content_key").withLength(1, 64))
      .unique("schedule_id", "tick_at")
      // Newest first: a schedule's latest delivery is the first row.
      .orderBy("-tick_at")
      .build();
}
