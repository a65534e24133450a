package dev.amba.testkit.internal;

import dev.amba.internal.endpoint.Credential;

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
  /**
   * A client key the route looks up itself, never refused with a 401: the diagnostics ping answers
   * a missing or unknown key with 200, {@code ok} false.
   */
  CLIENT_KEY_PROBE,
  /** The server key of the project named in the path parameter {@code projectId}. */
  ADMIN,
  /**
   * The developer PAT of the project named in {@code projectId}; its server key is refused with 403
   * {@code pat_required} (amba-api-modules.md M1).
   */
  ADMIN_PAT;

  /** The one mapping from the endpoint table's credential to the emulator's rule. */
  public static Access of(Credential credential) {
    return switch (credential) {
      case NONE -> PUBLIC;
      case CLIENT_KEY -> CLIENT_KEY;
      case CLIENT_KEY_PROBE -> CLIENT_KEY_PROBE;
      case CLIENT_KEY_OPTIONAL_USER -> CLIENT_OPTIONAL_USER;
      case ACTING_USER -> CLIENT_USER;
      case SERVER_KEY -> ADMIN;
      case ADMIN_PAT -> ADMIN_PAT;
      case PAT -> throw new IllegalArgumentException("the emulator serves no PAT endpoint yet");
    };
  }
}
