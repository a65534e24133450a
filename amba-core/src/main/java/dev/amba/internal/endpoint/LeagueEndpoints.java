package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Leagues (amba-api-modules.md 16.5). The client paths are X. A create of a taken tier answers 409,
 * so a blind retry could not add a second tier, but it would turn the caller's success into a
 * conflict: NEVER, like every create and PATCH of the table.
 */
public final class LeagueEndpoints {

  private LeagueEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String ADMIN_LEAGUES = ADMIN + "/leagues";

  public static final Endpoint ME =
      AREA.declare("leagues.me", "GET", CLIENT + "/leagues/me", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint COHORT =
      AREA.declare("leagues.cohort", "GET", CLIENT + "/leagues/cohort", ACTING_USER, METHOD, Shape.ITEM);

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.leagues.create", "POST", ADMIN_LEAGUES, SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.leagues.list", "GET", ADMIN_LEAGUES, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.leagues.update", "PATCH", ADMIN_LEAGUES + "/{leagueId}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.leagues.delete", "DELETE", ADMIN_LEAGUES + "/{leagueId}", SERVER_KEY, METHOD, Shape.ITEM);
}
