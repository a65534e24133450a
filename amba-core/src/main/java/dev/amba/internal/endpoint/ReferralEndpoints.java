package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Referrals (amba-api-modules.md 21): a user's own code, made on first read, and claims of codes;
 * the admin codes (promo and template codes) with their rewards, and each code's claims. Nothing here
 * is retried blind: a repeated claim answers 400 {@code already_claimed} in place of the first
 * claim, and a repeated create answers 409 {@code code_exists} (a user has one code) or adds a
 * second admin code. {@link #MY_CODE} is a GET that may create, but a repeat finds the code the
 * first call made, so it is retried as any GET.
 */
public final class ReferralEndpoints {

  private ReferralEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String REFERRALS = CLIENT + "/referrals";

  /** 200 with the user's code, or 201 when this call made it; 500 {@code retry_exhausted}. */
  public static final Endpoint MY_CODE =
      AREA.declare("referrals.my_code", "GET", REFERRALS + "/my-code", ACTING_USER, METHOD, Shape.ITEM);
  /**
   * X: the older guides' {@code GET /client/referrals/me} (21.1 Alternatives), which the emulator
   * answers as {@link #MY_CODE}; the SDK calls {@code /my-code}, the API reference's path, so the
   * OpenAPI description leaves this one out.
   */
  public static final Endpoint ME =
      AREA.emulatorOnly("referrals.me", "GET", REFERRALS + "/me", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint CLAIM =
      AREA.declare("referrals.claim", "POST", REFERRALS + "/claim", ACTING_USER, NEVER, Shape.ITEM);
  /** X: the route of 4.x core's {@code referrals.create(code?, maxUses?)}, decided here. */
  public static final Endpoint CREATE =
      AREA.declare("referrals.create", "POST", REFERRALS, ACTING_USER, NEVER, Shape.ITEM);

  private static final String CODES = ADMIN + "/referrals";
  private static final String CODE = CODES + "/{codeId}";
  /** X: 409 {@code code_exists}. */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.referrals.create", "POST", CODES, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.referrals.list", "GET", CODES, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_STATS =
      AREA.declare("admin.referrals.stats", "GET", CODE + "/stats", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.referrals.update", "PATCH", CODE, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: answers M2's {@code {data: {id, deleted: true}}}; the code's claims are kept. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.referrals.delete", "DELETE", CODE, SERVER_KEY, METHOD, Shape.ITEM);
}
