package dev.amba.auth;

import dev.amba.users.AppUser;

/**
 * A signed-in end user's session. The tokens are secrets: {@link #toString()} never shows them.
 *
 * @param sessionToken the bearer token for client calls made as this user
 * @param refreshToken the token that renews the session
 * @param user the user the session belongs to
 */
public record AuthSession(String sessionToken, String refreshToken, AppUser user) {

  @Override
  public String toString() {
    return "AuthSession{sessionToken=****, refreshToken=****, user=" + (user == null ? null : user.id()) + '}';
  }
}
