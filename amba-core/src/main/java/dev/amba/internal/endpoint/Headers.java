package dev.amba.internal.endpoint;

/**
 * The header names of the protocol: credentials and the SDK's own. Rows marked X in amba-api.md
 * (decided by this project, not documented by Amba) live only here, so a correction is one line,
 * and the emulator reads the same names.
 */
public final class Headers {

  private Headers() {}

  public static final String API_KEY = "X-Api-Key";
  public static final String AUTHORIZATION = "Authorization";
  /** X: Amba documents an "internal on-behalf-of mechanism" but not its header name. */
  public static final String ON_BEHALF_OF = "X-Amba-On-Behalf-Of";
  public static final String SDK_VERSION = "X-SDK-Version";
  /** X: one id per logical call, repeated on its retries. */
  public static final String REQUEST_ID = "X-Request-Id";
  /** X for the header name. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String IF_NONE_MATCH = "If-None-Match";
  public static final String ETAG = "ETag";
  /**
   * X: on an answer to a call authenticated by an end-user session (the {@code users/me} read that
   * {@code auth().verifySession} makes), the instant the session stops being accepted, ISO-8601 in
   * UTC. Amba's sessions are JWTs whose {@code exp} says the same; the protocol names no header, so
   * the emulator sends this one and the SDK reads it, and an answer without it is cached for the
   * configured bound alone.
   */
  public static final String SESSION_EXPIRES_AT = "X-Amba-Session-Expires-At";
}
