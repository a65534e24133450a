package dev.amba.servlet;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.auth.VerifiedSession;
import jakarta.servlet.ServletRequest;
import java.util.Objects;
import java.util.Optional;

/** Reads back, typed, what {@link AmbaFilter} put on a request. */
public final class AmbaRequests {

  private AmbaRequests() {}

  /**
   * The client {@link AmbaFilter} attached to this request.
   *
   * @param request the current request, or a wrapper of it
   * @return the client, the same one for every request the filter sees
   * @throws IllegalStateException if the filter did not run for this request (not mapped to this
   *     path or dispatch type), naming what to check
   */
  public static AmbaClient client(ServletRequest request) {
    Object value = Objects.requireNonNull(request, "request").getAttribute(AmbaFilter.CLIENT_ATTRIBUTE);
    if (value == null) {
      throw new IllegalStateException("no Amba client on this request: AmbaFilter did not run for it; map the filter to"
          + " this path (usually /*) and declare it async-supported");
    }
    return cast(value, AmbaClient.class, AmbaFilter.CLIENT_ATTRIBUTE);
  }

  /**
   * The caller's user handle, present when the filter has a {@link AmbaUserResolver} and the request
   * carries a verified identity, or when the filter verifies Amba sessions and the request's bearer
   * token passed.
   *
   * @param request the current request, or a wrapper of it
   * @return the handle acting as the caller, or empty for an anonymous caller, a filter without a
   *     resolver, or a request the filter did not see
   * @throws IllegalStateException if the attribute holds something other than an {@link AmbaUser}
   *     of this class loader
   */
  public static Optional<AmbaUser> user(ServletRequest request) {
    Object value = Objects.requireNonNull(request, "request").getAttribute(AmbaFilter.USER_ATTRIBUTE);
    return value == null ? Optional.empty() : Optional.of(cast(value, AmbaUser.class, AmbaFilter.USER_ATTRIBUTE));
  }

  /**
   * The caller's verified Amba session, present when the filter verifies sessions ({@code
   * verify-session=true} or {@link AmbaFilter#verifyingSessions}) and the request's bearer token
   * passed. It holds the user id, the user as Amba answered and the session's expiry; no token.
   *
   * @param request the current request, or a wrapper of it
   * @return the verified session, or empty for an anonymous caller or a filter that does not verify
   *     sessions
   * @throws IllegalStateException if the attribute holds something other than a {@link
   *     VerifiedSession} of this class loader
   */
  public static Optional<VerifiedSession> session(ServletRequest request) {
    Object value = Objects.requireNonNull(request, "request").getAttribute(AmbaFilter.SESSION_ATTRIBUTE);
    return value == null ? Optional.empty()
        : Optional.of(cast(value, VerifiedSession.class, AmbaFilter.SESSION_ATTRIBUTE));
  }

  private static <T> T cast(Object value, Class<T> type, String attribute) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException("the request attribute '" + attribute + "' holds a " + value.getClass().getName()
          + ", not a " + type.getName() + " from this class loader; is amba-core deployed twice?");
    }
    return type.cast(value);
  }
}
