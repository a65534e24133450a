package dev.amba.auth;

/**
 * Client-key calls that create or sign in end users, and verify their sessions. A server uses them
 * to provision a user it then acts for with {@code asUser(session.user().id())}, or to learn whose
 * session token a caller sent ({@link #verifySession(String)}).
 */
public interface ProjectAuth {

  /**
   * Creates a new anonymous user and a session for it.
   *
   * @return the new user's session, with its session and refresh tokens
   */
  AuthSession signInAnonymously();

  /**
   * Creates a user with an email and password.
   *
   * @param email the new user's email address; refused unless it has a local part before an
   *     {@code @} and is at most 320 characters; surrounding spaces are stripped
   * @param password the new user's password; refused when null or empty
   * @return the new user's session, already signed in
   * @throws IllegalArgumentException if {@code email} is not such an address or {@code password}
   *     is null or empty, before anything is sent
   * @throws dev.amba.AmbaConflictException code {@code user_exists} when the email is taken
   *     ({@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   * @throws dev.amba.AmbaBadRequestException code {@code weak_password} for a password under 8 characters
   */
  AuthSession signUpWithEmail(String email, String password);

  /**
   * Signs in with an email and password.
   *
   * @param email the user's email address; refused unless it has a local part before an {@code @}
   *     and is at most 320 characters; surrounding spaces are stripped
   * @param password the user's password; refused when null or empty
   * @return a new session for the user the credentials belong to
   * @throws IllegalArgumentException if {@code email} is not such an address or {@code password}
   *     is null or empty, before anything is sent
   * @throws dev.amba.AmbaAuthenticationException code {@code invalid_credentials}
   *     ({@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  AuthSession signInWithEmail(String email, String password);

  /**
   * Asks Amba whose session {@code sessionToken} is: the server side of a BFF learns who is calling
   * from the Amba session token the browser or app holds, without trusting a header that names a
   * user. It sends the token with the client key ({@code GET /v1/client/users/me}); no server key is
   * needed.
   *
   * <p>A verified result is kept, under a SHA-256 hash of the token and never the token itself,
   * until the earlier of the session's expiry (when Amba names it) and {@link
   * dev.amba.AmbaConfig#sessionCacheTtl()} (60 seconds by default), by the configured clock; the
   * cache holds a bounded number of tokens and is shared by every view of this client. A refused
   * token is never cached, so it is asked about again each time. The token appears in no log line,
   * exception message or {@code toString()}.
   *
   * @param sessionToken the end user's Amba session token, without the {@code Bearer} prefix
   * @return the verified user
   * @throws NullPointerException if {@code sessionToken} is null, before anything is sent
   * @throws IllegalArgumentException if {@code sessionToken} is blank, too long, or holds a character
   *     a header cannot carry, before anything is sent
   * @throws dev.amba.AmbaAuthenticationException (401) when Amba does not accept the token: unknown,
   *     expired, or of another project ({@code invalid_token}, {@code session_expired})
   */
  VerifiedSession verifySession(String sessionToken);
}
