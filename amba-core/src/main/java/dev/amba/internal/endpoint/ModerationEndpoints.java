package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Moderation (amba-api-modules.md 27): users report content, admins work the queue through 27.4's
 * state machine, keep the rules that screen new content and the users' trust levels. The queue
 * transitions are never retried blind: a repeated approve answers 409 {@code already_resolved} in
 * place of the first call's answer.
 */
public final class ModerationEndpoints {

  private ModerationEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String CLIENT_MODERATION = CLIENT + "/moderation";
  private static final String QUEUE_ITEM = ADMIN + "/moderation/queue/{itemId}";
  private static final String RULES = ADMIN + "/moderation/rules";

  /** X: the same caller reporting the same content while its item is pending answers 200 with that item. */
  public static final Endpoint REPORT =
      AREA.declare("moderation.report", "POST", CLIENT_MODERATION + "/report", ACTING_USER, NEVER, Shape.ITEM);
  /** X: the caller's 100 newest reports. */
  public static final Endpoint REPORTS =
      AREA.declare("moderation.reports", "GET", CLIENT_MODERATION + "/reports", ACTING_USER, METHOD, Shape.LIST);
  /** X (the 4.x core's {@code reportStatus}): another user's report answers 404 {@code not_found}. */
  public static final Endpoint REPORT_STATUS = AREA.declare("moderation.report_status", "GET",
      CLIENT_MODERATION + "/reports/{reportId}", ACTING_USER, METHOD, Shape.ITEM);

  /** X: newest first, as every other list of the protocol. */
  public static final Endpoint ADMIN_QUEUE =
      AREA.declare("admin.moderation.queue", "GET", ADMIN + "/moderation/queue", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_APPROVE =
      AREA.declare("admin.moderation.approve", "POST", QUEUE_ITEM + "/approve", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_REJECT =
      AREA.declare("admin.moderation.reject", "POST", QUEUE_ITEM + "/reject", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: an escalated item escalated again answers 200 with the item unchanged. */
  public static final Endpoint ADMIN_ESCALATE =
      AREA.declare("admin.moderation.escalate", "POST", QUEUE_ITEM + "/escalate", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: 400 {@code invalid_rule} for a config that does not fit the rule type (a regex that does not compile). */
  public static final Endpoint ADMIN_RULE_CREATE =
      AREA.declare("admin.moderation.rules.create", "POST", RULES, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: in the order the rules were made. */
  public static final Endpoint ADMIN_RULE_LIST =
      AREA.declare("admin.moderation.rules.list", "GET", RULES, SERVER_KEY, METHOD, Shape.LIST);
  /** X: a new config is checked against the rule's type, which never changes. */
  public static final Endpoint ADMIN_RULE_UPDATE =
      AREA.declare("admin.moderation.rules.update", "PATCH", RULES + "/{ruleId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's delete marker. */
  public static final Endpoint ADMIN_RULE_DELETE =
      AREA.declare("admin.moderation.rules.delete", "DELETE", RULES + "/{ruleId}", SERVER_KEY, METHOD, Shape.ITEM);
  /**
   * An upsert by user, so a repeat sets the same values: retried like a PUT. X: 404
   * {@code user_not_found} for a user the project does not have; always 200.
   */
  public static final Endpoint ADMIN_TRUST_SET =
      AREA.declare("admin.moderation.trust.set", "POST", ADMIN + "/moderation/trust", SERVER_KEY, Retry.BODY_IDS,
          Shape.ITEM);
  /** X: the most recently changed first. */
  public static final Endpoint ADMIN_TRUST_LIST =
      AREA.declare("admin.moderation.trust.list", "GET", ADMIN + "/moderation/trust", SERVER_KEY, METHOD,
          Shape.OFFSET_LIST);
}
