package dev.amba.push;

/**
 * The acting user's push tokens.
 *
 * <pre>{@code
 * user.push().register(apnsToken, Platform.APNS, "com.example.app");
 * }</pre>
 */
public interface UserPush {

  /** The longest token the SDK sends. */
  int MAX_TOKEN_LENGTH = 4096;

  /**
   * Registers a device token for the acting user. Idempotent: registering the same token again
   * returns the same registration (re-activated if it had been unregistered, moved to this user if
   * another user of the project had it).
   *
   * @param token the device token or web push subscription the platform issued; not blank, at most
   *     {@link #MAX_TOKEN_LENGTH} characters
   * @param platform the platform that issued the token
   * @param bundleId the app's bundle id (APNs) or package name (FCM); required for those two
   *     platforms, may be null for web
   * @return the registration, with its id and the token's platform
   * @throws IllegalArgumentException for a blank or over-long token, or a missing bundle id where one
   *     is required
   */
  PushToken register(String token, Platform platform, String bundleId);

  /**
   * Registers a token that needs no bundle id, such as a web push subscription.
   *
   * @param token the device token or web push subscription; not blank, at most
   *     {@link #MAX_TOKEN_LENGTH} characters
   * @param platform the platform that issued the token; one that needs a bundle id (APNs, FCM) is
   *     refused
   * @return the registration, with its id
   * @throws IllegalArgumentException for a blank or over-long token, or a platform that needs a bundle
   *     id
   */
  default PushToken register(String token, Platform platform) {
    return register(token, platform, null);
  }

  /**
   * Stops pushes to this token for the acting user. Succeeds also when the token was never
   * registered, or belongs to someone else (which it then leaves alone).
   *
   * @param token the device token to stop; not blank
   */
  void unregister(String token);
}
