package dev.amba.examples.webhook;

import dev.amba.AmbaUser;
import dev.amba.servlet.AmbaRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The BFF's server-side session: the only place a user id comes from for the "me" endpoints. */
final class Sessions {

  /** Named in web.xml as the filter's {@code user-session-attribute}. */
  static final String UID_ATTRIBUTE = "amba.uid";

  private Sessions() {}

  /** Starts a fresh session for a user whose credentials Amba has just verified. */
  static void start(HttpServletRequest request, String uid) {
    HttpSession previous = request.getSession(false);
    if (previous != null) {
      // A new id on login, so a session id planted before it (fixation) is worth nothing after.
      previous.invalidate();
    }
    request.getSession(true).setAttribute(UID_ATTRIBUTE, uid);
  }

  static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The signed-in caller, as AmbaFilter attached it from the session; 401 otherwise. */
  static AmbaUser currentUser(HttpServletRequest request) {
    return AmbaRequests.user(request).orElseThrow(() -> new WebApplicationException(
        Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new ErrorBody("not_signed_in", "sign in with POST /api/session first")).build()));
  }
}
