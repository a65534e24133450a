package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Feature flags (amba-api-modules.md 34): global on/off switches with an optional variant and JSON
 * payload, the same for every user (34.2), addressed by name. A repeated create answers 409
 * {@code flag_exists}, so creates and updates are never retried blind.
 */
public final class FlagEndpoints {

  private FlagEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String ADMIN_FLAGS = ADMIN + "/flags";

  /** Every flag of the project, disabled ones included (D: shape; X: path). */
  public static final Endpoint LIST = AREA.declare("flags.list", "GET", CLIENT + "/flags", ACTING_USER, METHOD,
      Shape.LIST);
  /** {@code {data: null}} for a flag that is unknown or disabled. */
  public static final Endpoint GET = AREA.declare("flags.get", "GET", CLIENT + "/flags/{name}", ACTING_USER, METHOD,
      Shape.RAW);
  /** X (the admin routes): names follow M1's key rule; 409 {@code flag_exists}. */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.flags.create", "POST", ADMIN_FLAGS, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: by name. */
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.flags.list", "GET", ADMIN_FLAGS, SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.flags.update", "PATCH", ADMIN_FLAGS + "/{name}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's {@code {data: {name, deleted: true}}}. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.flags.delete", "DELETE", ADMIN_FLAGS + "/{name}", SERVER_KEY, METHOD, Shape.ITEM);
}
