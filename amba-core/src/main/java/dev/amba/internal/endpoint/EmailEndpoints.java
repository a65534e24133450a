package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.ADMIN_PAT;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;

/**
 * Transactional email (amba-api-modules.md 33). The admin routes take the developer PAT, never the
 * server key (M1). X: the sends carry the SDK's own {@code Idempotency-Key}, so a retry after a lost
 * answer replays the first delivery instead of mailing twice; the template upsert and the
 * suppression are safe to replay the same way.
 */
public final class EmailEndpoints {

  private EmailEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String EMAIL = ADMIN + "/email";
  private static final String TEMPLATES = EMAIL + "/templates";
  private static final String TEMPLATE = TEMPLATES + "/{name}";
  private static final String SUPPRESSIONS = EMAIL + "/suppressions";

  /**
   * X: 200 (the suppressed case answers the same way); 422 {@code no_recipient} for a user without
   * an email; 400 {@code missing_variable}; 10 sends per user per minute, then 429 {@code rate_limited}.
   */
  public static final Endpoint SEND =
      AREA.declare("email.send", "POST", CLIENT + "/email/send", ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);

  /** Upsert by {@code name}: 201 new, 200 updated; 400 {@code invalid_name}. */
  public static final Endpoint ADMIN_TEMPLATE_SAVE =
      AREA.declare("admin.email.templates.save", "POST", TEMPLATES, ADMIN_PAT, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint ADMIN_TEMPLATE_LIST =
      AREA.declare("admin.email.templates.list", "GET", TEMPLATES, ADMIN_PAT, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_TEMPLATE_GET =
      AREA.declare("admin.email.templates.get", "GET", TEMPLATE, ADMIN_PAT, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_TEMPLATE_UPDATE =
      AREA.declare("admin.email.templates.update", "PATCH", TEMPLATE, ADMIN_PAT, Retry.NEVER, Shape.ITEM);
  /** Answers M2's {@code {name, deleted: true}}; X: 404 {@code template_not_found} when there is none. */
  public static final Endpoint ADMIN_TEMPLATE_DELETE =
      AREA.declare("admin.email.templates.delete", "DELETE", TEMPLATE, ADMIN_PAT, METHOD, Shape.ITEM);
  /** 201 with the delivery, also when the address is suppressed (status suppressed). */
  public static final Endpoint ADMIN_SEND =
      AREA.declare("admin.email.send", "POST", EMAIL + "/send", ADMIN_PAT, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint ADMIN_DELIVERIES =
      AREA.declare("admin.email.deliveries", "GET", EMAIL + "/deliveries", ADMIN_PAT, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_DELIVERY =
      AREA.declare("admin.email.delivery", "GET", EMAIL + "/deliveries/{deliveryId}", ADMIN_PAT, METHOD, Shape.ITEM);
  /** X: an address suppressed already answers 200 with its row unchanged. */
  public static final Endpoint ADMIN_SUPPRESS =
      AREA.declare("admin.email.suppressions.create", "POST", SUPPRESSIONS, ADMIN_PAT, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint ADMIN_SUPPRESSIONS =
      AREA.declare("admin.email.suppressions.list", "GET", SUPPRESSIONS, ADMIN_PAT, METHOD, Shape.LIST);
  /** Answers M2's {@code {email, deleted: true}}; X: 404 {@code not_found} for an address not suppressed. */
  public static final Endpoint ADMIN_UNSUPPRESS = AREA.declare("admin.email.suppressions.delete", "DELETE",
      SUPPRESSIONS + "/{email}", ADMIN_PAT, METHOD, Shape.ITEM);
}
