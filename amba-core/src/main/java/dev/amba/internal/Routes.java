package dev.amba.internal;

/**
 * Every path and header name the SDK sends, in one table. Rows marked X in amba-api.md (decided by
 * this project, not documented by Amba) live only here, so a correction is a one-line change.
 */
public final class Routes {

  private Routes() {}

  // Headers
  public static final String API_KEY = "X-Api-Key";
  public static final String AUTHORIZATION = "Authorization";
  /** X: Amba documents an "internal on-behalf-of mechanism" but not its header name. */
  public static final String ON_BEHALF_OF = "X-Amba-On-Behalf-Of";
  public static final String SDK_VERSION = "X-SDK-Version";
  /** X: one id per logical call, repeated on its retries. */
  public static final String REQUEST_ID = "X-Request-Id";
  /** X for the header name. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  // Unversioned
  public static final String HEALTH = "/health";

  // Client plane
  public static final String AUTH_ANONYMOUS = "/v1/client/auth/anonymous";
  public static final String AUTH_EMAIL_SIGNUP = "/v1/client/auth/email/signup";
  public static final String AUTH_EMAIL_LOGIN = "/v1/client/auth/email/login";
  public static final String USERS_ME = "/v1/client/users/me";
  public static final String CLIENT_EVENTS = "/v1/client/events";

  // Admin plane
  public static String admin(String projectId, String rest) {
    return "/v1/admin/projects/" + PathSegment.encode(projectId) + rest;
  }

  public static String adminUsers(String projectId) {
    return admin(projectId, "/users");
  }

  public static String adminUser(String projectId, String userId) {
    return admin(projectId, "/users/" + PathSegment.encode(userId));
  }
}
