package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * XP and levels (amba-api-modules.md 13): a user's balance, history, the active rules and grant
 * claims; the admin rules, balances and grants. The creates are never retried blind: a repeated
 * rule create adds a second rule, and a repeated grant create or claim answers 409 in place of
 * the first call's result.
 */
public final class XpEndpoints {

  private XpEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint BALANCE =
      AREA.declare("xp.balance", "GET", CLIENT + "/xp", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint HISTORY =
      AREA.declare("xp.history", "GET", CLIENT + "/xp/history", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint RULES =
      AREA.declare("xp.rules", "GET", CLIENT + "/xp/rules", ACTING_USER, METHOD, Shape.LIST);
  /** X: the route of 4.x core's {@code xp.claim(grantKey)}, decided here. */
  public static final Endpoint CLAIM =
      AREA.declare("xp.claim", "POST", CLIENT + "/xp/grants/{key}/claim", ACTING_USER, NEVER, Shape.ITEM);

  public static final Endpoint ADMIN_RULE_CREATE =
      AREA.declare("admin.xp.rules.create", "POST", ADMIN + "/xp", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_RULE_LIST =
      AREA.declare("admin.xp.rules.list", "GET", ADMIN + "/xp", SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_RULE_UPDATE =
      AREA.declare("admin.xp.rules.update", "PATCH", ADMIN + "/xp/{ruleId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_RULE_DELETE =
      AREA.declare("admin.xp.rules.delete", "DELETE", ADMIN + "/xp/{ruleId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_BALANCE =
      AREA.declare("admin.xp.balance", "GET", ADMIN + "/xp/users/{userId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_BALANCES =
      AREA.declare("admin.xp.balances", "GET", ADMIN + "/xp/users", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** X: grants are decided here, for 4.x core's claim. */
  public static final Endpoint ADMIN_GRANT_CREATE =
      AREA.declare("admin.xp.grants.create", "POST", ADMIN + "/xp/grants", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: as {@link #ADMIN_GRANT_CREATE}. */
  public static final Endpoint ADMIN_GRANT_LIST =
      AREA.declare("admin.xp.grants.list", "GET", ADMIN + "/xp/grants", SERVER_KEY, METHOD, Shape.LIST);
}
