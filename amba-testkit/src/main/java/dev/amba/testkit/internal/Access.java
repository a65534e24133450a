package dev.amba.testkit.internal;

/** Who may call a route; the rules themselves live in {@link Authenticator}. */
public enum Access {
  /** No credentials: {@code /health}. */
  PUBLIC,
  /** A client key and nothing else (sign-up, sign-in). */
  CLIENT_KEY,
  /** A client key and an acting user (a session, or a server key with on-behalf-of). */
  CLIENT_USER,
  /** A client key; an acting user is resolved when credentials for one are sent. */
  CLIENT_OPTIONAL_USER,
  /** The server key of the project named in the path parameter {@code projectId}. */
  ADMIN
}
