package dev.amba.testkit.internal.currencies;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * The currency module's tables (amba-api-modules.md 17.3): the project's definitions and grant
 * rules, and per user a balance row per currency, the ledger of every change, and each rule's
 * credits of the day. Users' rows name their currency by id and are read only through a currency
 * that exists, so a deleted currency's rows stay, unseen (17.2), and a new currency with the same
 * code starts afresh.
 */
final class CurrencyTables {

  private CurrencyTables() {}

  /** The longest a grant's reason or a transaction's reference may be. */
  static final int MAX_REASON = 256;

  static final Resource DEFINITIONS = Resource.in("currency_definitions", Owner.PROJECT).withId()
      .field(
          Field.key("code"),
          Field.text("name").asRequired().withLength(1, 128)
              .withPattern(Pattern.compile("(?s).*\\S.*"), "must not be blank"),
          Field.text("description").withLength(0, 1024),
          Field.bool("is_premium").withDefault(JsonValue.FALSE),
          Field.integer("initial_balance").withRange(0, Integer.MAX_VALUE).withDefault(Json.createValue(0)),
          Field.integer("max_balance").withRange(1, Integer.MAX_VALUE),
          Field.integer("auto_recharge_amount").withRange(1, Integer.MAX_VALUE),
          Field.integer("auto_recharge_interval_hours").withRange(1, Integer.MAX_VALUE))
      .timestamps()
      .key("code")
      .orderBy("code")
      .notFound("not_found", "no currency with this id or code in the project")
      .conflict("currency_exists", "a currency with this code already exists in the project")
      .build();

  /**
   * A user's holding of one currency (17.3 UserBalance). {@code entries} numbers its ledger rows,
   * so the ledger keeps their order within one millisecond.
   */
  static final Resource BALANCES = Resource.in("currency_balances", Owner.USER)
      .field(
          Field.text("currency_id").asRequired().asServerSet().withLength(36, 36),
          Field.text("currency_code").asRequired().asServerSet().withLength(1, 64),
          count("balance"),
          count("lifetime_earned"),
          count("lifetime_spent"),
          Field.timestamp("last_recharged_at").asRequired().asServerSet(),
          count("entries").offWire(),
          Field.timestamp(Resource.UPDATED_AT).asRequired().asServerSet())
      .key("currency_id")
      .build();

  /** Every change of a balance; never changed or deleted. */
  static final Resource LEDGER = Resource.in("currency_transactions", Owner.USER).withId()
      .field(
          Field.text("currency_code").asRequired().asServerSet().withLength(1, 64),
          Field.bigint("amount").asRequired().asServerSet(),
          count("balance_after"),
          Field.text("transaction_type").asRequired().asServerSet().withLength(1, 32),
          Field.text("source").asRequired().asServerSet().withLength(1, 32),
          Field.text("reference_id").asServerSet().withLength(1, MAX_REASON),
          Field.text("reason").asServerSet().withLength(1, MAX_REASON),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
          Field.text("currency_id").asRequired().asServerSet().withLength(36, 36).offWire(),
          count("seq").offWire())
      .orderBy("-" + Resource.CREATED_AT, "-seq")
      .build();

  /**
   * Event grant rules (17.2). Every mistake of a rule's body is 400 {@code invalid_grant_rule}, the
   * route's own code; {@code currency_id} ties a rule to the currency it was made for, so it stops
   * with that currency.
   */
  static final Resource RULES = Resource.in("currency_grant_rules", Owner.PROJECT).withId()
      .field(
          Field.text("currency_key").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.eventName("event_name").asRequired(),
          Field.integer("grant_amount").withRange(1, Integer.MAX_VALUE),
          Field.text("grant_property").withLength(1, 128),
          Field.number("grant_multiplier"),
          Field.integer("max_per_day").withRange(1, Integer.MAX_VALUE),
          Field.timestamp(Resource.CREATED_AT).asRequired().asServerSet(),
          Field.text("currency_id").asRequired().asServerSet().withLength(36, 36).offWire())
      .orderBy(Resource.CREATED_AT)
      .creationOrder()
      .notFound("not_found", "no grant rule with this id in the project")
      .invalidCode("invalid_grant_rule")
      .build();

  /** One row per user and rule that credited: the UTC day it last did, and how often that day (17.4 #6). */
  static final Resource RULE_CREDITS = Resource.in("currency_rule_credits", Owner.USER)
      .field(
          Field.text("rule_id").asRequired().asServerSet().withLength(36, 36),
          Field.timestamp("day_start").asRequired().asServerSet(),
          Field.integer("credits_that_day").asRequired().asServerSet())
      .key("rule_id")
      .build();

  /**
   * The body of {@code POST …/currencies/grant}: checked by the kit like a table's create body, but
   * never a table (not among the module's resources), as a grant is a ledger row, not a row of its own.
   */
  static final Resource GRANT_BODY = Resource.in("currency_grant_body", Owner.PROJECT)
      .field(
          Field.text("app_user_id").asRequired().withLength(1, 128),
          Field.text("currency_code").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.integer("amount").asRequired().withRange(1, Integer.MAX_VALUE),
          Field.text("reason").withLength(1, MAX_REASON))
      .build();

  private static Field count(String name) {
    return Field.bigint(name).asRequired().asServerSet();
  }
}
