package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.BODY_IDS;
import static dev.amba.internal.endpoint.Retry.METHOD;

/** A user's entitlements, and grants on the admin plane. */
public final class EntitlementEndpoints {

  private EntitlementEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint LIST =
      AREA.declare("entitlements.list", "GET", CLIENT + "/entitlements", ACTING_USER, METHOD, Shape.LIST);

  public static final Endpoint ADMIN_GRANT = AREA.declare("admin.entitlements.grant", "POST",
      ADMIN + "/users/{userId}/entitlements", SERVER_KEY, BODY_IDS, Shape.ITEM);
}
