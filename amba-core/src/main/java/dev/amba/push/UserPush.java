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
   * @param token the device token or web push subscription, not blank, at most {@link #MAX_TOKEN_LENGTH} characters
   * @param platform the token's platform, not null
   * @param bundleId the app's bundle id (APNs) or package name (FCM); required for those two
   *     platforms, may be null for web
   * @throws IllegalArgumentException for a blank or over-long token, or a missing bundle id where one
   *     is required, or a blank bundle id (pass null instead)
   * @throws NullPointerException if {@code platform} is null
   * @return the registration, active and owned by the acting user
   */
  PushToken register(String token, Platform platform, String bundleId);

  /**
   * Registers a token that needs no bundle id, such as a web push subscription.
   *
   * @param token the device token or web push subscription, not blank, at most {@link #MAX_TOKEN_LENGTH} characters
   * @param platform the token's platform, one that needs no bundle id
   * @return the registration, active and owned by the acting user
   * @throws IllegalArgumentException for a blank or over-long token, or a platform that needs a bundle id
   * @throws NullPointerException if {@code platform} is null
   */
  default PushToken register(String token, Platform platform) {
    return register(token, platform, null);
  }

  /**
   * Stops pushes to this token for the acting user. Succeeds also when the token was never
   * registered, or belongs to someone else (which it then leaves alone).
   *
   * @param token the device token or web push subscription, not blank, at most {@link #MAX_TOKEN_LENGTH} characters
   * @throws IllegalArgumentException for a blank, null or over-long token, before anything is sent
   */
  void unregister(String token);
}
