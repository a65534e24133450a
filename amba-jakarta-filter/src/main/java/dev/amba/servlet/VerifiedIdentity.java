package dev.amba.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a request that only the server can set: the container's authenticated principal and
 * roles, the session's attributes and the request's attributes. What the client sent (headers,
 * parameters, cookies, body) is deliberately not here.
 */
public final class VerifiedIdentity {

  private final HttpServletRequest request;

  private VerifiedIdentity(HttpServletRequest request) {
    this.request = request;
  }

  /**
   * The server-side view of {@code request}, for testing a resolver or calling one from the
   * application's own filter.
   *
   * @param request the request whose principal, roles and attributes to expose
   * @return a view that reads the request live, not a copy
   */
  public static VerifiedIdentity of(HttpServletRequest request) {
    return new VerifiedIdentity(Objects.requireNonNull(request, "request"));
  }

  /**
   * The principal the container authenticated, if any.
   *
   * @return {@code getUserPrincipal()}, or empty for an anonymous caller
   */
  public Optional<Principal> userPrincipal() {
    return Optional.ofNullable(request.getUserPrincipal());
  }

  /**
   * Whether the authenticated caller has the role; false for an anonymous caller.
   *
   * @param role a role name as the container's security configuration defines it
   * @return {@code isUserInRole(role)} of the request
   */
  public boolean isUserInRole(String role) {
    return request.isUserInRole(Objects.requireNonNull(role, "role"));
  }

  /**
   * An attribute of the caller's existing session; never creates a session.
   *
   * @param name the attribute's name
   * @return the attribute's value, or empty when there is no session or the attribute is unset
   */
  public Optional<Object> sessionAttribute(String name) {
    Objects.requireNonNull(name, "name");
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(name));
  }

  /**
   * A request attribute, as set by an upstream filter that verified a credential.
   *
   * @param name the attribute's name
   * @return the attribute's value, or empty when it is unset
   */
  public Optional<Object> requestAttribute(String name) {
    return Optional.ofNullable(request.getAttribute(Objects.requireNonNull(name, "name")));
  }

  @Override
  public String toString() {
    return "VerifiedIdentity{principal=" + (request.getUserPrincipal() == null ? "none" : "present") + '}';
  }
}
