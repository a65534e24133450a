package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Leaderboards (amba-api-modules.md 16.1, 16.2). A create without a key would make a second board on
 * a blind retry, and an update is sent once too (as every PATCH of the table), so both are NEVER.
 */
public final class LeaderboardEndpoints {

  private LeaderboardEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String BOARDS = CLIENT + "/leaderboards";
  private static final String ADMIN_BOARDS = ADMIN + "/leaderboards";

  public static final Endpoint LIST = AREA.declare("leaderboards.list", "GET", BOARDS, ACTING_USER, METHOD, Shape.LIST);
  public static final Endpoint ENTRIES =
      AREA.declare("leaderboards.entries", "GET", BOARDS + "/{idOrKey}", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ME =
      AREA.declare("leaderboards.me", "GET", BOARDS + "/{idOrKey}/me", ACTING_USER, METHOD, Shape.ITEM);

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.leaderboards.create", "POST", ADMIN_BOARDS, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.leaderboards.list", "GET", ADMIN_BOARDS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_GET = AREA.declare("admin.leaderboards.get", "GET",
      ADMIN_BOARDS + "/{leaderboardIdOrKey}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE = AREA.declare("admin.leaderboards.update", "PATCH",
      ADMIN_BOARDS + "/{leaderboardIdOrKey}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE = AREA.declare("admin.leaderboards.delete", "DELETE",
      ADMIN_BOARDS + "/{leaderboardIdOrKey}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_ENTRIES = AREA.declare("admin.leaderboards.entries", "GET",
      ADMIN_BOARDS + "/{leaderboardIdOrKey}/entries", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
}
