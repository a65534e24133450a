package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.METHOD;

/**
 * App sessions (amba-api-modules.md 29): a user's sessions by the client's own {@code session_id}.
 * Start, end and heartbeat carry that id, and a repeat of any of them changes nothing more (a second
 * start answers the row, a second end the ended row), so they are retried like body-keyed writes.
 */
public final class SessionEndpoints {

  private SessionEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String SESSIONS = CLIENT + "/sessions";

  public static final Endpoint START =
      AREA.declare("sessions.start", "POST", SESSIONS + "/start", ACTING_USER, BODY_IDS, Shape.ITEM);
  /** X: a session ended already answers its row unchanged and emits nothing; unknown: 404 {@code update_failed}. */
  public static final Endpoint END =
      AREA.declare("sessions.end", "POST", SESSIONS + "/end", ACTING_USER, BODY_IDS, Shape.ITEM);
  public static final Endpoint HEARTBEAT =
      AREA.declare("sessions.heartbeat", "POST", SESSIONS + "/heartbeat", ACTING_USER, BODY_IDS, Shape.ITEM);
  public static final Endpoint LIST = AREA.declare("sessions.list", "GET", SESSIONS, ACTING_USER, METHOD,
      Shape.OFFSET_LIST);
  /** X (the 4.x core's {@code revoke}): by the client's {@code session_id}; an ended session answers unchanged. */
  public static final Endpoint REVOKE = AREA.declare("sessions.revoke", "DELETE", SESSIONS + "/{sessionId}",
      ACTING_USER, METHOD, Shape.ITEM);

  public static final Endpoint ADMIN_ANALYTICS = AREA.declare("admin.sessions.analytics", "GET",
      ADMIN + "/sessions", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_LIST = AREA.declare("admin.sessions.list", "GET", ADMIN + "/sessions/list",
      SERVER_KEY, METHOD, Shape.OFFSET_LIST);
}
