package dev.amba.users;

import java.time.Instant;
import java.util.Map;

/**
 * An end user of the project, as the API returns it.
 *
 * @param id the user id, the value {@code asUser} takes
 * @param anonymousId the device-level id of an anonymous sign-in, if any
 * @param email the email, when the user signed up with one
 * @param properties free-form properties set by the app
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

  public AppUser {
    properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }
}
