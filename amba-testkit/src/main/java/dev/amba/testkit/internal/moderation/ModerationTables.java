package dev.amba.testkit.internal.moderation;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;

/**
 * Moderation's tables (amba-api-modules.md 27.3): the queue, the screening rules and the users'
 * trust rows. A queue item names its content by type and id only, so it outlives the content.
 */
final class ModerationTables {

  private ModerationTables() {}

  static final String PENDING = "pending";
  static final String APPROVED = "approved";
  static final String REJECTED = "rejected";
  static final String ESCALATED = "escalated";

  static final String KEYWORD_FILTER = "keyword_filter";
  static final String REGEX = "regex";
  static final String AUTO_APPROVE_TRUSTED = "auto_approve_trusted";

  /** X: who resolves through the server key (27.4 names {@code "admin"}). */
  static final String ADMIN = "admin";

  /** X: bounds the protocol leaves open, the same as the SDK's. */
  static final int MAX_CONTENT_ID = 256;
  static final int MAX_REASON = 1000;
  static final int MAX_KEYWORDS = 100;
  static final int MAX_KEYWORD = 64;
  static final int MAX_PATTERN = 512;

  /** Newest first; items filed within one instant of the clock go by filing order, reversed. */
  static final Resource QUEUE = Resource.in("moderation_queue", Owner.PROJECT).withId()
      .field(
          Field.text("content_type").asRequired().asServerSet().withLength(1, 64),
          Field.text("content_id").asRequired().asServerSet().withLength(1, MAX_CONTENT_ID),
          Field.text("reported_by").asServerSet().withLength(1, 128),
          Field.text("reason").asServerSet().withLength(1, MAX_REASON),
          Field.text("status").asRequired().asServerSet().withValues(PENDING, APPROVED, REJECTED, ESCALATED),
          Field.text("moderator_id").asServerSet().withLength(1, 128),
          Field.timestamp("resolved_at").asServerSet(),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet())
      .creationOrder()
      .orderBy("-" + Resource.CREATED_AT, "-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no moderation queue item with this id in the project")
      .build();

  /** The body of {@code POST /moderation/report}: checked like a create body, never a table. */
  static final Resource REPORT_BODY = Resource.in("moderation_report_body", Owner.PROJECT)
      .field(
          Field.text("content_type").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.text("content_id").asRequired().withLength(1, MAX_CONTENT_ID),
          Field.text("reason").withLength(1, MAX_REASON))
      .build();

  /** X: in the order they were made; the type never changes, so a config is always checked against it. */
  static final Resource RULES = Resource.in("moderation_rules", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128),
          Field.text("rule_type").asRequired().asImmutable().withValues(KEYWORD_FILTER, REGEX, AUTO_APPROVE_TRUSTED),
          Field.json("config").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.bool("is_active").withDefault(JsonValue.TRUE))
      .timestamps()
      .creationOrder()
      .orderBy(Resource.CREATED_AT, Resource.CREATION_SEQ)
      .notFound("not_found", "no moderation rule with this id in the project")
      .build();

  /** One row per user; the most recently changed first. */
  static final Resource TRUST = Resource.in("user_trust_levels", Owner.PROJECT).withId()
      .field(
          Field.text("app_user_id").asRequired().asImmutable().withLength(1, 128),
          Field.text("trust_level").asRequired().withValues("new", "trusted", "moderator"),
          Field.bool("auto_approve"))
      .timestamps()
      .creationOrder()
      .unique("app_user_id")
      .orderBy("-" + Resource.UPDATED_AT, "-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no trust level with this id in the project")
      .build();
}
