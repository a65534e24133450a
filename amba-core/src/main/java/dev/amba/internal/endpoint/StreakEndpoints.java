package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** Streaks (amba-api-modules.md 12): a user's streaks and qualifications, definitions and shields for admins. */
public final class StreakEndpoints {

  private StreakEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint LIST =
      AREA.declare("streaks.list", "GET", CLIENT + "/streaks", ACTING_USER, METHOD, Shape.LIST);
  /**
   * Not retried: a repeat in the same period changes nothing, but one that lands after the period
   * ends counts the next period too.
   */
  public static final Endpoint QUALIFY = AREA.declare("streaks.qualify", "POST",
      CLIENT + "/streaks/{idOrKey}/qualify", ACTING_USER, NEVER, Shape.ITEM);

  private static final String DEFINITIONS = ADMIN + "/streaks";
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.streaks.create", "POST", DEFINITIONS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.streaks.list", "GET", DEFINITIONS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_UPDATE = AREA.declare("admin.streaks.update", "PATCH",
      DEFINITIONS + "/{streakIdOrKey}", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: answers M2's {@code {data: {id, deleted: true}}}. */
  public static final Endpoint ADMIN_DELETE = AREA.declare("admin.streaks.delete", "DELETE",
      DEFINITIONS + "/{streakIdOrKey}", SERVER_KEY, METHOD, Shape.ITEM);
  /** X (body and answer). Not retried: a repeat would add the shields twice. */
  public static final Endpoint ADMIN_GRANT_SHIELD = AREA.declare("admin.streaks.grant_shield", "POST",
      ADMIN + "/users/{userId}/streaks/{streakIdOrKey}/grant-shield", SERVER_KEY, NEVER, Shape.ITEM);
}
