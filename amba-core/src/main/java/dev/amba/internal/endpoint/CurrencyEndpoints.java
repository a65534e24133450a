package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Currencies (amba-api-modules.md 17): a user's balances and transactions (read-only: spending
 * happens through inventory purchase), and the admin definitions, grants, ledgers and event grant
 * rules. The grant is money, marked *idem*: it carries an {@code Idempotency-Key} of its own, one per
 * logical grant and the same on every attempt, so a lost answer is retried and the server replays
 * the first credit instead of paying twice (M2). The creates are never retried blind: a repeated
 * currency create answers 409 in place of the first call's row, and a repeated rule create adds a
 * second rule.
 */
public final class CurrencyEndpoints {

  private CurrencyEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint BALANCES =
      AREA.declare("currencies.balances", "GET", CLIENT + "/currencies", ACTING_USER, METHOD, Shape.LIST);
  public static final Endpoint TRANSACTIONS = AREA.declare("currencies.transactions", "GET",
      CLIENT + "/currencies/transactions", ACTING_USER, METHOD, Shape.OFFSET_LIST);

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.currencies.create", "POST", ADMIN + "/currencies", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.currencies.list", "GET", ADMIN + "/currencies", SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_UPDATE = AREA.declare("admin.currencies.update", "PATCH",
      ADMIN + "/currencies/{currencyIdOrCode}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_DELETE = AREA.declare("admin.currencies.delete", "DELETE",
      ADMIN + "/currencies/{currencyIdOrCode}", SERVER_KEY, METHOD, Shape.ITEM);
  /** 201 with the credit, or 200 with an unstored one ({@code id} null, amount 0) when the cap leaves no room. */
  public static final Endpoint ADMIN_GRANT = AREA.declare("admin.currencies.grant", "POST",
      ADMIN + "/currencies/grant", SERVER_KEY, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint ADMIN_TRANSACTIONS = AREA.declare("admin.currencies.transactions", "GET",
      ADMIN + "/currencies/transactions/{userId}", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  /** X: the grant-rule routes are decided here; Amba documents the rule's fields only. */
  public static final Endpoint ADMIN_RULE_CREATE = AREA.declare("admin.currencies.grant_rules.create", "POST",
      ADMIN + "/currencies/grant-rules", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: as {@link #ADMIN_RULE_CREATE}. */
  public static final Endpoint ADMIN_RULE_LIST = AREA.declare("admin.currencies.grant_rules.list", "GET",
      ADMIN + "/currencies/grant-rules", SERVER_KEY, METHOD, Shape.LIST);
  /** X: as {@link #ADMIN_RULE_CREATE}; answers M2's delete marker. */
  public static final Endpoint ADMIN_RULE_DELETE = AREA.declare("admin.currencies.grant_rules.delete", "DELETE",
      ADMIN + "/currencies/grant-rules/{ruleId}", SERVER_KEY, METHOD, Shape.ITEM);
}
