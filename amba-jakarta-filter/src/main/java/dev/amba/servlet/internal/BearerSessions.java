package dev.amba.servlet.internal;

import dev.amba.AmbaApiException;
import dev.amba.AmbaClient;
import dev.amba.AmbaException;
import dev.amba.auth.VerifiedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The filter's {@code verify-session} mode: the caller's {@code Authorization: Bearer <Amba session
 * token>} is verified with Amba ({@code auth().verifySession}), and only a verified one names a
 * user. The token is never logged, echoed in a response or kept anywhere but the request's header.
 *
 * <p>Decided here (X): another scheme than {@code Bearer} is someone else's credential and passes
 * on anonymous; two {@code Authorization} headers, or {@code Bearer} without a token, are 401 {@code
 * invalid_request}; Amba's 401 and 403 (a token of another project) are both 401 to the caller;
 * any other failure to ask Amba is 503 with {@code Retry-After: 1}, never a pass.
 */
public final class BearerSessions {

  private static final System.Logger LOG = System.getLogger("dev.amba.servlet");
  private static final String BEARER = "Bearer";
  /** Amba's error codes pass through to the JSON body only when they look like one. */
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private BearerSessions() {}

  /** What one request's credentials came to. */
  public sealed interface Outcome {}

  /** No {@code Authorization} header, or one of another scheme: an anonymous caller. */
  public record Anonymous() implements Outcome {}

  /** Amba accepted the token. */
  public record Verified(VerifiedSession session) implements Outcome {}

  /**
   * The request must be answered without running the application: 401 for a token Amba refused or
   * one that is no token, 503 when Amba could not be asked.
   */
  public record Refused(int status, String code, String message) implements Outcome {}

  public static Outcome verify(AmbaClient client, HttpServletRequest request) {
    List<String> headers = Collections.list(request.getHeaders("Authorization"));
    if (headers.isEmpty()) {
      return new Anonymous();
    }
    String header = headers.get(0).strip();
    int space = header.indexOf(' ');
    String scheme = space < 0 ? header : header.substring(0, space);
    if (!scheme.equalsIgnoreCase(BEARER)) {
      // Basic, Digest...: credentials for some other part of the application, not an Amba session.
      return headers.size() == 1 ? new Anonymous() : twoHeaders();
    }
    if (headers.size() > 1) {
      return twoHeaders();
    }
    String token = space < 0 ? "" : header.substring(space + 1).strip();
    if (token.isEmpty()) {
      return new Refused(401, "invalid_request", "Authorization: Bearer needs an Amba session token");
    }
    try {
      return new Verified(client.auth().verifySession(token));
    } catch (IllegalArgumentException e) {
      // verifySession's own message never quotes the token, but the filter's answer says less still.
      return new Refused(401, "invalid_token", "the bearer token is not an Amba session token");
    } catch (AmbaApiException e) {
      if (e.status() == 401 || e.status() == 403) {
        String code = e.code() == null ? "" : e.code().toLowerCase(Locale.ROOT);
        return new Refused(401, CODE.matcher(code).matches() ? code : "invalid_token",
            "the Amba session is not valid for this service; sign in again");
      }
      return unavailable(e);
    } catch (AmbaException e) {
      return unavailable(e);
    }
  }

  private static Refused twoHeaders() {
    return new Refused(401, "invalid_request", "send one Authorization header");
  }

  private static Refused unavailable(AmbaException e) {
    // The SDK's messages hold no token (its secrets are scrubbed); the request id helps Amba's support.
    LOG.log(Level.WARNING, "could not verify an Amba session: " + e.getMessage());
    return new Refused(503, "session_verification_unavailable", "Amba could not be asked about the session; try again");
  }

  /**
   * Answers {@code refused}: the status, a {@code WWW-Authenticate} challenge (RFC 6750) on a 401,
   * and a small JSON body in the protocol's error form. Nothing of the request is echoed.
   */
  public static void answer(HttpServletResponse response, Refused refused) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(refused.status());
    if (refused.status() == 401) {
      String error = refused.code().equals("invalid_request") ? "invalid_request" : "invalid_token";
      response.setHeader("WWW-Authenticate", "Bearer realm=\"amba\", error=\"" + error + "\"");
    } else {
      response.setHeader("Retry-After", "1");
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    // Both values are this class's own constants or a code checked against CODE: nothing to escape.
    String body = "{\"error\":{\"kind\":\"" + (refused.status() == 401 ? "auth" : "internal")
        + "\",\"code\":\"" + refused.code() + "\",\"status\":" + refused.status() + ",\"message\":\""
        + refused.message() + "\"}}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
