package dev.amba.auth;

import dev.amba.users.AppUser;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProjectAuth#verifySession(String)} learned from Amba about a session token: whose it
 * is. It holds no token, so it may be logged and kept.
 *
 * @param userId the verified user's id, the value {@code asUser} takes
 * @param user the user as Amba answered for the token (a cached result shows the profile as it was
 *     when verified)
 * @param expiresAt when the session stops being accepted, or null when the answer did not say
 */
public record VerifiedSession(String userId, AppUser user, Instant expiresAt) {

  /**
   * A verified session.
   *
   * @param userId the verified user's id
   * @param user the user the token belongs to
   * @param expiresAt the session's expiry, or null when unknown
   * @throws NullPointerException if {@code userId} or {@code user} is null
   */
  public VerifiedSession {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(user, "user");
  }

  /**
   * The session's expiry, when Amba named it.
   *
   * @return {@link #expiresAt()}, or empty when the answer did not say
   */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(expiresAt);
  }
}
