package dev.amba.users;

import java.time.Instant;
import java.util.Map;

/**
 * An end user of the project, as the API returns it.
 *
 * @param id the user id, the value {@code asUser} takes
 * @param anonymousId the device-level id of an anonymous sign-in, if any
 * @param email the email, when the user signed up with one
 * @param displayName the name the user shows others, or null when none is set
 * @param avatarUrl the user's avatar, or null when none is set
 * @param properties free-form properties set by the app; never null
 * @param timezone the user's IANA zone id such as {@code Europe/Paris}, or null
 * @param createdAt when the user was created
 * @param updatedAt when the user's profile last changed
 */
public record AppUser(
    String id,
    String anonymousId,
    String email,
    String displayName,
    String avatarUrl,
    Map<String, Object> properties,
    String timezone,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A user; {@code properties} is copied, and null reads as empty.
   *
   * @param id the user id
   * @param anonymousId the anonymous sign-in's device-level id, or null
   * @param email the email, or null
   * @param displayName the display name, or null
   * @param avatarUrl the avatar, or null
   * @param properties the app's properties, or null
   * @param timezone the zone id, or null
   * @param createdAt when the user was created
   * @param updatedAt when the profile last changed
   */
  public AppUser {
    properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }
}
