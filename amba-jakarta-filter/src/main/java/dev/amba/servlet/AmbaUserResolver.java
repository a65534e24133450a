package dev.amba.servlet;

import dev.amba.AmbaUser;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the Amba user id of the caller from an identity that the container or the application has
 * already verified, for {@link AmbaFilter} to attach {@code asUser(uid)} as {@value
 * AmbaFilter#USER_ATTRIBUTE}.
 *
 * <p>A resolver sees a {@link VerifiedIdentity}, not the request: headers, parameters, cookies and
 * the body are out of its reach, so a browser can never choose whom the server acts for.
 */
@FunctionalInterface
public interface AmbaUserResolver {

  /**
   * The caller's Amba uid, or empty for an anonymous caller.
   *
   * @param identity what the container and the application verified about the caller of one request
   * @return a value that {@code AmbaClient.asUser} accepts; anything else fails the request
   */
  Optional<String> resolve(VerifiedIdentity identity);

  /**
   * The container's authenticated user: {@code getUserPrincipal().getName()}, for applications whose
   * principal names are Amba uids (container or Jakarta Security authentication, or an upstream
   * filter that verified a token and wrapped the request).
   *
   * @return a resolver that is empty for a request without an authenticated principal
   */
  static AmbaUserResolver userPrincipal() {
    return identity -> identity.userPrincipal().map(Principal::getName);
  }

  /**
   * A session attribute that the application's own login sets once it has verified the user: a
   * {@code String} uid, a {@link Principal} whose name is the uid, or an {@link AmbaUser}. A request
   * without a session has no user; the resolver never creates a session.
   *
   * @param name the session attribute's name
   * @return a resolver that is empty when there is no session or the attribute is unset, and fails
   *     the request when the attribute holds another type
   * @throws IllegalArgumentException if {@code name} is blank
   */
  static AmbaUserResolver sessionAttribute(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return identity -> identity.sessionAttribute(name).map(value -> {
      if (value instanceof String uid) {
        return uid;
      }
      if (value instanceof Principal principal) {
        return principal.getName();
      }
      if (value instanceof AmbaUser user) {
        return user.uid();
      }
      throw new IllegalStateException("the session attribute '" + name + "' holds a " + value.getClass().getName()
          + "; store the user's Amba uid as a String");
    });
  }
}
