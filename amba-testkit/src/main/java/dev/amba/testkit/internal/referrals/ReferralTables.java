package dev.amba.testkit.internal.referrals;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * The referral tables (amba-api-modules.md 21.3): the project's codes, users' own and those without
 * an owner, and each user's claims. A code's text is unique ignoring case through its upper-case
 * {@code code_key}; a user owns at most one code. A claim names its code by id and outlives it
 * (21.2 delete), and its referee is the row's owner.
 */
final class ReferralTables {

  private ReferralTables() {}

  /** 21.4 #5: the text of a code a caller chooses; the ones the emulator makes (21.4 #1) fit it too. */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{4,32}");
  static final String CODE_RULE = "must be 4 to 32 characters of A-Z, a-z and 0-9";
  /** X: the longest text a claim may send; longer than any code, so a mistyped one still reads invalid_code. */
  static final int MAX_CLAIM_TEXT = 64;
  /** The value of a claim's {@code one_referrer} when the code has an owner; null otherwise. */
  static final String USER_OWNED = "user_owned";

  static final Resource CODES = Resource.in("referral_codes", Owner.PROJECT).withId()
      .field(
          Field.text("app_user_id").asServerSet().withLength(1, 128),
          Field.text("code").withLength(4, 32).withPattern(CODE, CODE_RULE).asImmutable(),
          // Objects of currency codes (and xp) to whole numbers ≥ 1, checked by ReferralRewards.
          Field.json("reward_referrer").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.json("reward_referee").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.integer("max_uses").withRange(1, Integer.MAX_VALUE),
          Field.integer("current_uses").asRequired().asServerSet(),
          Field.bool("is_active").withDefault(JsonValue.TRUE),
          Field.text("code_key").asRequired().asServerSet().withLength(4, 32).offWire())
      .timestamps()
      .creationOrder()
      .unique("code_key")
      // NULLs never clash: any number of codes without an owner.
      .unique("app_user_id")
      .orderBy("-" + Resource.CREATED_AT, "-" + Resource.CREATION_SEQ)
      .notFound("not_found", "no referral code with this id in the project")
      .conflict("code_exists", "the user has a referral code already, or another code has this text")
      .build();

  /**
   * A user's claims. {@code use_number} is the claim's place among its code's claims (the code's
   * {@code current_uses} after it), which orders a code's claims even within one millisecond;
   * {@code one_referrer} is set for a code with an owner, so the unique index keeps a user to one
   * such claim however the claims race (21.4 #2).
   */
  static final Resource CLAIMS = Resource.in("referral_claims", Owner.USER).withId()
      .field(
          Field.uuid("referral_code_id").asRequired().asServerSet(),
          Field.text("referrer_id").asServerSet().withLength(1, 128),
          Field.timestamp("claimed_at").asRequired().asServerSet(),
          Field.integer("use_number").asRequired().asServerSet().offWire(),
          Field.text("one_referrer").asServerSet().withLength(1, 16).offWire())
      .unique("referral_code_id")
      .unique("one_referrer")
      .orderBy("use_number")
      .build();

  /**
   * The body of {@code POST /v1/client/referrals/claim}: checked by the kit like a create body, never a
   * table (not among the module's resources).
   */
  static final Resource CLAIM_BODY = Resource.in("referral_claim_body", Owner.PROJECT)
      .field(Field.text("code").asRequired().withLength(1, MAX_CLAIM_TEXT))
      .build();
}
