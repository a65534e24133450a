package dev.amba.internal.endpoint;

/** Whose authority an endpoint needs, as amba-api.md section 2.1 describes the planes. */
public enum Credential {
  /** No credentials ({@code /health}, and the emulator's signed storage URLs). */
  NONE,
  /** The client key alone: sign-up, sign-in. */
  CLIENT_KEY,
  /** The client key, and the acting user's authority when the call has one (remote config). */
  CLIENT_KEY_OPTIONAL_USER,
  /**
   * The client key, judged by the route itself rather than refused up front: the diagnostics ping
   * (amba-api-modules.md 38), whose answer to a missing or unknown key is a 200 saying so.
   */
  CLIENT_KEY_PROBE,
  /** An acting user: a session, or the server key with on-behalf-of. */
  ACTING_USER,
  /** The server key of the project named by the path's {@code projectId}: the admin plane. */
  SERVER_KEY,
  /**
   * The developer PAT of the project named by the path's {@code projectId}, as {@code Authorization:
   * Bearer}: the admin routes that refuse server keys (amba-api-modules.md M1, rows marked PAT).
   * X: the SDK refuses such a call before sending when no PAT is configured.
   */
  ADMIN_PAT,
  /** A personal access token. Declared for the account plane; no endpoint takes it yet. */
  PAT
}
