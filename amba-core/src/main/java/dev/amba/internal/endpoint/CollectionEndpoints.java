package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.IDEMPOTENCY_ID;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** A user's rows (section 5, C rows) and the project's collection schemas (section 5, D rows). */
public final class CollectionEndpoints {

  private CollectionEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String COLLECTION = CLIENT + "/collections/{name}";
  public static final Endpoint INSERT =
      AREA.declare("collections.insert", "POST", COLLECTION, ACTING_USER, IDEMPOTENCY_ID, Shape.ITEM);
  public static final Endpoint FIND =
      AREA.declare("collections.find", "GET", COLLECTION, ACTING_USER, METHOD, Shape.CURSOR_LIST);
  public static final Endpoint COUNT =
      AREA.declare("collections.count", "GET", COLLECTION + "/count", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint GET =
      AREA.declare("collections.get", "GET", COLLECTION + "/{id}", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint UPDATE =
      AREA.declare("collections.update", "PATCH", COLLECTION + "/{id}", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint DELETE =
      AREA.declare("collections.delete", "DELETE", COLLECTION + "/{id}", ACTING_USER, METHOD, Shape.ITEM);

  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.collections.create", "POST", ADMIN + "/collections", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.collections.list", "GET", ADMIN + "/collections", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.collections.get", "GET", ADMIN + "/collections/{name}", SERVER_KEY, METHOD, Shape.ITEM);
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.collections.update", "PATCH", ADMIN + "/collections/{name}", SERVER_KEY, NEVER, Shape.ITEM);
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.collections.delete", "DELETE", ADMIN + "/collections/{name}", SERVER_KEY, METHOD, Shape.ITEM);
}
