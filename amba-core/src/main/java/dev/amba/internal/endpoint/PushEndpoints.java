package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** A user's push tokens; campaigns, test pushes and scheduled pushes on the admin plane. */
public final class PushEndpoints {

  private PushEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint TOKEN_REGISTER =
      AREA.declare("push.token.register", "POST", CLIENT + "/users/me/push-token", ACTING_USER, BODY_IDS, Shape.ITEM);
  public static final Endpoint TOKEN_UNREGISTER =
      AREA.declare("push.token.unregister", "DELETE", CLIENT + "/users/me/push-token", ACTING_USER, METHOD, Shape.NONE);

  private static final String CAMPAIGNS = ADMIN + "/push/campaigns";
  public static final Endpoint ADMIN_CAMPAIGNS_CREATE =
      AREA.declare("admin.push.campaigns.create", "POST", CAMPAIGNS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_CAMPAIGNS_LIST =
      AREA.declare("admin.push.campaigns.list", "GET", CAMPAIGNS, SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_CAMPAIGNS_GET =
      AREA.declare("admin.push.campaigns.get", "GET", CAMPAIGNS + "/{campaignId}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_CAMPAIGNS_UPDATE =
      AREA.declare("admin.push.campaigns.update", "PATCH", CAMPAIGNS + "/{campaignId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_CAMPAIGNS_DELETE =
      AREA.declare("admin.push.campaigns.delete", "DELETE", CAMPAIGNS + "/{campaignId}", SERVER_KEY, METHOD, Shape.NONE);
  public static final Endpoint ADMIN_CAMPAIGNS_SEND = AREA.declare("admin.push.campaigns.send", "POST",
      CAMPAIGNS + "/{campaignId}/send", SERVER_KEY, NEVER, Shape.ITEM);
  /** Revision 2: under {@code campaigns}, as Amba's newer admin push reference has it (not {@code /push/test}). */
  public static final Endpoint ADMIN_TEST =
      AREA.declare("admin.push.test", "POST", CAMPAIGNS + "/test", SERVER_KEY, NEVER, Shape.ITEM);
  /** Not retried, like a campaign create: a lost answer must not schedule the push twice. */
  public static final Endpoint ADMIN_USER_SCHEDULE = AREA.declare("admin.users.push_schedule", "POST",
      ADMIN + "/users/{userId}/push-schedule", SERVER_KEY, NEVER, Shape.ITEM);
}
