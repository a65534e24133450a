package dev.amba.auth;

/**
 * Client-key calls that create or sign in end users. A server uses them to provision a user it
 * then acts for with {@code asUser(session.user().id())}.
 */
public interface ProjectAuth {

  /** Creates a new anonymous user and a session for it. */
  AuthSession signInAnonymously();

  /**
   * Creates a user with an email and password.
   *
   * @throws dev.amba.AmbaConflictException code {@code user_exists} when the email is taken
   *     ({@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   * @throws dev.amba.AmbaBadRequestException code {@code weak_password} for a password under 8 characters
   */
  AuthSession signUpWithEmail(String email, String password);

  /**
   * Signs in with an email and password.
   *
   * @throws dev.amba.AmbaAuthenticationException code {@code invalid_credentials}
   *     ({@link dev.amba.AmbaApiException#hasCode hasCode} ignores case)
   */
  AuthSession signInWithEmail(String email, String password);
}
