package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.CLIENT_KEY;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** Authentication on the client plane. */
public final class AuthEndpoints {

  private AuthEndpoints() {}

  static final Declarations AREA = new Declarations();

  public static final Endpoint ANONYMOUS =
      AREA.declare("auth.anonymous", "POST", CLIENT + "/auth/anonymous", CLIENT_KEY, NEVER, Shape.ITEM);
  public static final Endpoint EMAIL_SIGNUP =
      AREA.declare("auth.email.signup", "POST", CLIENT + "/auth/email/signup", CLIENT_KEY, NEVER, Shape.ITEM);
  public static final Endpoint EMAIL_LOGIN =
      AREA.declare("auth.email.login", "POST", CLIENT + "/auth/email/login", CLIENT_KEY, NEVER, Shape.ITEM);
}
