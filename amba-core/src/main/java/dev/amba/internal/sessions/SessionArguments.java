package dev.amba.internal.sessions;

import dev.amba.internal.util.TextArguments;

/** Sessions' argument rules (29.1), checked before anything is sent. */
public final class SessionArguments {

  public static final int MAX_SESSION_ID = 128;

  private SessionArguments() {}

  /** The app's own session id: 1..{@value #MAX_SESSION_ID} characters, one path segment when revoked. */
  public static String sessionId(String sessionId) {
    return TextArguments.pathValue(TextArguments.require(sessionId, "sessionId", 1, MAX_SESSION_ID), "sessionId");
  }
}
