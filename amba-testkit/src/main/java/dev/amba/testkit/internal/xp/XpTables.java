package dev.amba.testkit.internal.xp;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * The XP module's tables (amba-api-modules.md 13.3): the project's rules and grants, and per user
 * a balance, a ledger of every credit, and each rule's award count for its cooldown and daily cap.
 */
final class XpTables {

  private XpTables() {}

  static final Resource RULES = Resource.in("xp_rules", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128),
          Field.eventName("event_name").asRequired(),
          Field.integer("xp_amount").asRequired().withRange(1, Integer.MAX_VALUE),
          Field.integer("max_per_day").withRange(1, Integer.MAX_VALUE),
          Field.integer("cooldown_seconds").withRange(0, Integer.MAX_VALUE).withDefault(Json.createValue(0)),
          Field.bool("is_active").withDefault(JsonValue.TRUE),
          position())
      .timestamps()
      .orderBy(Resource.CREATED_AT, "position")
      .notFound("not_found", "no XP rule with this id in the project")
      .build();

  static final Resource GRANTS = Resource.in("xp_grants", Owner.PROJECT).withId()
      .field(
          Field.key("key"),
          Field.integer("xp_amount").asRequired().withRange(1, Integer.MAX_VALUE),
          Field.timestamp("starts_at"),
          Field.timestamp("ends_at"),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
          position())
      .key("key")
      .orderBy(Resource.CREATED_AT, "position")
      .notFound("grant_not_found", "no XP grant with this key in the project")
      .conflict("grant_exists", "an XP grant with this key already exists in the project")
      .build();

  /**
   * The user's totals. {@code period_start} is the week {@code xp_this_period} counts; a read in a
   * later week answers 0 and the next credit restarts the count (13.4 #4). {@code entries} numbers
   * the user's ledger rows, so the history keeps their order within one millisecond.
   */
  static final Resource BALANCES = Resource.in("xp_balances", Owner.USER).onePerUser()
      .field(
          count("total_xp"),
          count("xp_this_period"),
          Field.timestamp("period_start").asRequired().asServerSet().offWire(),
          count("entries").offWire(),
          Field.timestamp(Resource.UPDATED_AT).asRequired().asServerSet())
      .orderBy("-total_xp")
      .build();

  /** One row per user and rule that awarded: when it last did, and how often in its UTC day. */
  static final Resource AWARDS = Resource.in("xp_rule_awards", Owner.USER)
      .field(
          Field.text("rule_id").asRequired().asServerSet().withLength(36, 36),
          Field.timestamp("last_awarded_at").asRequired().asServerSet(),
          Field.timestamp("day_start").asRequired().asServerSet(),
          Field.integer("awards_that_day").asRequired().asServerSet())
      .key("rule_id")
      .build();

  /** Every credit; never updated or deleted, so deleting a rule keeps what it awarded (13.4 #7). */
  static final Resource LEDGER = Resource.in("xp_ledger", Owner.USER).withId()
      .field(
          Field.uuid("xp_rule_id").asServerSet(),
          Field.text("event_name").asServerSet().withLength(1, 128),
          Field.integer("xp_amount").asRequired().asServerSet(),
          Field.text("reason").asRequired().asServerSet().withLength(1, 256),
          Field.text("source").asRequired().asServerSet().withLength(1, 32),
          Field.timestamp("occurred_at").asRequired().asServerSet(),
          Field.uuid("xp_grant_id").asServerSet().offWire(),
          Field.bigint("seq").asRequired().asServerSet().offWire())
      .orderBy("-seq")
      .build();

  /** Rows created in the same millisecond still list, and rules award, in the order they were created. */
  private static Field position() {
    return Field.bigint("position").asServerSet().offWire();
  }

  private static Field count(String name) {
    return Field.bigint(name).asRequired().asServerSet();
  }
}
