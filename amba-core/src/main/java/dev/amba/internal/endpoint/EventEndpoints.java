package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.METHOD;

/** Analytics events: tracked for a user, ingested, listed and counted for the project. */
public final class EventEndpoints {

  private EventEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint TRACK =
      AREA.declare("events.track", "POST", CLIENT + "/events", ACTING_USER, BODY_IDS, Shape.ITEM);

  public static final Endpoint ADMIN_INGEST =
      AREA.declare("admin.events.ingest", "POST", ADMIN + "/events", SERVER_KEY, BODY_IDS, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.events.list", "GET", ADMIN + "/events", SERVER_KEY, METHOD, Shape.CURSOR_LIST);
  public static final Endpoint ADMIN_COUNT =
      AREA.declare("admin.events.count", "GET", ADMIN + "/events/count", SERVER_KEY, METHOD, Shape.ITEM);
}
