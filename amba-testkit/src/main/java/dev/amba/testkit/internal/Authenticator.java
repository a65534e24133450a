package dev.amba.testkit.internal;

import dev.amba.internal.endpoint.Headers;
import dev.amba.testkit.EmulatorProject;
import dev.amba.testkit.internal.store.SessionStore.Session;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The credential rules of amba-api.md section 2.1, in one place. Messages never repeat a key or
 * token back: error bodies end up in logs.
 */
public final class Authenticator {

  private final Stores stores;

  public Authenticator(Stores stores) {
    this.stores = stores;
  }

  public Caller authenticate(Access access, ApiRequest request) throws SQLException {
    switch (access) {
      case PUBLIC:
        return new Caller(null, null);
      case ADMIN:
        return admin(request);
      case ADMIN_PAT:
        return developer(request);
      case CLIENT_KEY:
        return new Caller(clientProject(request), null);
      case CLIENT_KEY_PROBE:
        // The route looks the key up itself: its answer to a bad key is the point of the call.
        return new Caller(null, null);
      case CLIENT_USER:
      case CLIENT_OPTIONAL_USER: {
        EmulatorProject project = clientProject(request);
        return actingUser(project, request, access == Access.CLIENT_USER);
      }
      default:
        throw new IllegalStateException("unhandled access " + access);
    }
  }

  /**
   * The project whose key (server key as bearer, else client key) the request carries, without
   * judging the rest of its credentials; null when it carries no key of any project. The fault
   * switch uses it to keep one project's rules off another project's requests.
   */
  public String claimedProject(ApiRequest request) throws SQLException {
    String bearer = bearer(request);
    if (bearer != null) {
      Optional<EmulatorProject> byServerKey = stores.projects().findByServerKey(bearer);
      if (byServerKey.isPresent()) {
        return byServerKey.get().projectId();
      }
      Optional<EmulatorProject> byPat = stores.projects().findByPat(bearer);
      if (byPat.isPresent()) {
        return byPat.get().projectId();
      }
    }
    String key = request.header(Headers.API_KEY);
    if (key == null || key.isBlank()) {
      return null;
    }
    return stores.projects().findByClientKey(key.trim()).map(EmulatorProject::projectId).orElse(null);
  }

  private Caller admin(ApiRequest request) throws SQLException {
    String bearer = requiredBearer(request, "server key");
    // M1: the admin routes take the server key, and the developer PAT as well.
    Optional<EmulatorProject> byKey = stores.projects().findByServerKey(bearer);
    EmulatorProject keyProject = (byKey.isPresent() ? byKey : stores.projects().findByPat(bearer)).orElseThrow(
        () -> ApiException.unauthorized("invalid_token", "the bearer token is not a server key"));
    return inPathProject(request, keyProject, "the server key");
  }

  /** M1's PAT rows: only the project's developer PAT; its server key is 403 {@code pat_required}. */
  private Caller developer(ApiRequest request) throws SQLException {
    String bearer = requiredBearer(request, "developer PAT");
    Optional<EmulatorProject> byPat = stores.projects().findByPat(bearer);
    if (byPat.isEmpty()) {
      if (stores.projects().findByServerKey(bearer).isPresent()) {
        throw ApiException.forbidden("pat_required",
            "this admin route takes a developer PAT, not a server key (the emulator prints the PAT beside the keys)");
      }
      throw ApiException.unauthorized("invalid_token", "the bearer token is not a developer PAT");
    }
    return inPathProject(request, byPat.get(), "the developer PAT");
  }

  private static String requiredBearer(ApiRequest request, String what) {
    String bearer = bearer(request);
    if (bearer == null) {
      throw ApiException.unauthorized("invalid_token", "admin routes need Authorization: Bearer <" + what + ">");
    }
    return bearer;
  }

  private static Caller inPathProject(ApiRequest request, EmulatorProject keyProject, String what) {
    // Also for a project id that does not exist: a valid key must not learn which ids exist.
    if (!keyProject.projectId().equals(request.pathParam("projectId"))) {
      throw ApiException.forbidden(
          "project_mismatch", what + " belongs to another project than the path names");
    }
    return new Caller(keyProject, null);
  }

  private EmulatorProject clientProject(ApiRequest request) throws SQLException {
    String key = request.header(Headers.API_KEY);
    if (key == null || key.isBlank()) {
      throw ApiException.unauthorized("invalid_api_key", "client routes need X-Api-Key: <client key>");
    }
    return stores.projects().findByClientKey(key.trim()).orElseThrow(
        () -> ApiException.unauthorized("invalid_api_key", "X-Api-Key is not a client key"));
  }

  private Caller actingUser(EmulatorProject project, ApiRequest request, boolean required)
      throws SQLException {
    String onBehalfOf = request.header(Headers.ON_BEHALF_OF);
    if (onBehalfOf != null) {
      return new Caller(project, onBehalfOf(project, request, onBehalfOf));
    }
    if (request.header(Headers.AUTHORIZATION) != null) {
      String bearer = bearer(request);
      if (bearer == null) {
        throw ApiException.unauthorized("invalid_token", "Authorization must be Bearer <token>");
      }
      Optional<Session> session = stores.sessions().findByToken(bearer);
      if (session.isPresent()) {
        if (!session.get().projectId().equals(project.projectId())) {
          throw ApiException.forbidden(
              "project_mismatch", "the session belongs to another project than the client key");
        }
        if (stores.sessions().isExpired(session.get())) {
          throw ApiException.unauthorized("session_expired", "the session has expired; sign in again");
        }
        return new Caller(project, session.get().userId(), session.get().expiresAt());
      }
      if (stores.projects().findByServerKey(bearer).isEmpty()) {
        throw ApiException.unauthorized("invalid_token", "the bearer token is not a known session");
      }
      // A bare server key names no user: fall through to "no user".
    }
    if (required) {
      throw ApiException.unauthorized("auth_required",
          "this route acts for a user: send a session token, or a server key with "
              + Headers.ON_BEHALF_OF);
    }
    return new Caller(project, null);
  }

  private String onBehalfOf(EmulatorProject project, ApiRequest request, String uid)
      throws SQLException {
    String bearer = bearer(request);
    if (bearer == null) {
      throw ApiException.unauthorized(
          "invalid_token", "X-Amba-On-Behalf-Of needs Authorization: Bearer <server key>");
    }
    EmulatorProject keyProject = stores.projects().findByServerKey(bearer).orElseThrow(
        () -> ApiException.unauthorized("invalid_token", "the bearer token is not a server key"));
    if (!keyProject.projectId().equals(project.projectId())) {
      throw ApiException.forbidden(
          "project_mismatch", "the client key and the server key belong to different projects");
    }
    UserRow user = stores.users().findById(uid).orElseThrow(
        () -> ApiException.notFound("user_not_found", "no user " + printable(uid)));
    if (!user.projectId().equals(project.projectId())) {
      throw ApiException.forbidden("project_mismatch", "the user belongs to another project");
    }
    return user.id();
  }

  /** The token of {@code Authorization: Bearer <token>}, or null when absent or another scheme. */
  private static String bearer(ApiRequest request) {
    String header = request.header(Headers.AUTHORIZATION);
    if (header == null) {
      return null;
    }
    String trimmed = header.trim();
    if (trimmed.length() < 7 || !trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      return null;
    }
    String token = trimmed.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  /** User ids are echoed (they are not secrets), but bounded and stripped of control characters. */
  private static String printable(String text) {
    String cut = text.length() > 128 ? text.substring(0, 128) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
