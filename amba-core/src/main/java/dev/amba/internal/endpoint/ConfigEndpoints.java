package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.CLIENT_KEY_OPTIONAL_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** Remote config: the values a client reads, the entries the project manages. */
public final class ConfigEndpoints {

  private ConfigEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint VALUES =
      AREA.declare("config.values", "GET", CLIENT + "/config", CLIENT_KEY_OPTIONAL_USER, METHOD, Shape.ITEM);

  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.config.list", "GET", ADMIN + "/config", SERVER_KEY, METHOD, Shape.LIST);
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.config.create", "POST", ADMIN + "/config", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.config.get", "GET", ADMIN + "/config/{key}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.config.update", "PATCH", ADMIN + "/config/{key}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.config.delete", "DELETE", ADMIN + "/config/{key}", SERVER_KEY, METHOD, Shape.NONE);
}
