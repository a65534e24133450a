package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** The acting user's profile, and the project's users on the admin plane. */
public final class UserEndpoints {

  private UserEndpoints() {}

  static final Declarations AREA = new Declarations();

  /**
   * The acting user's profile. X: also how {@code auth().verifySession} asks whose a session token
   * is (section 9 names no verification route): the token as {@code Authorization: Bearer} with the
   * client key, the user's own session rather than on-behalf-of; the answer may name the session's
   * expiry in {@link Headers#SESSION_EXPIRES_AT}.
   */
  public static final Endpoint ME =
      AREA.declare("users.me", "GET", CLIENT + "/users/me", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint ME_UPDATE =
      AREA.declare("users.me.update", "PATCH", CLIENT + "/users/me", ACTING_USER, NEVER, Shape.ITEM);

  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.users.list", "GET", ADMIN + "/users", SERVER_KEY, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint ADMIN_GET =
      AREA.declare("admin.users.get", "GET", ADMIN + "/users/{userId}", SERVER_KEY, METHOD, Shape.ITEM);
}
