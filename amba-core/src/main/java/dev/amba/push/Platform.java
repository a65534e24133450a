package dev.amba.push;

import java.util.Objects;

/**
 * A push platform, by its wire value. A record rather than an enum, so a platform the server adds
 * later still reads (as {@code Platform.of("...")}) instead of breaking the answer.
 *
 * @param value the wire value, such as {@code apns}; not blank
 */
public record Platform(String value) {

  /** Apple Push Notification service; needs a bundle id. */
  public static final Platform APNS = new Platform("apns");

  /** Firebase Cloud Messaging; needs a bundle id (the Android package name). */
  public static final Platform FCM = new Platform("fcm");

  /** Web Push. */
  public static final Platform WEB = new Platform("web");

  /**
   * A platform by its wire value.
   *
   * @param value the wire value, such as {@code apns}; not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public Platform {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("platform must not be blank");
    }
  }

  /**
   * The platform with this wire value, known to the SDK or not.
   *
   * @param value the wire value, such as {@code fcm}; not blank
   * @return the platform, equal to the constant of the same value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Platform of(String value) {
    return new Platform(value);
  }

  /**
   * Whether the API requires a bundle id with a token of this platform.
   *
   * @return true for {@link #APNS} and {@link #FCM}, false for web and for platforms the SDK does not know
   */
  public boolean needsBundleId() {
    return equals(APNS) || equals(FCM);
  }

  @Override
  public String toString() {
    return value;
  }
}
