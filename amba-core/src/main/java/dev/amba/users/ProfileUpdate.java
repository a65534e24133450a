package dev.amba.users;

import dev.amba.internal.WireForms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The profile fields to change; only those set are sent. Setting a field to {@code null} clears it.
 * Immutable: each setter returns a new value.
 */
public final class ProfileUpdate {

  static {
    WireForms.register(ProfileUpdate.class, ProfileUpdate::fields);
  }

  private final Map<String, Object> fields;

  private ProfileUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending one that stays empty is refused.
   *
   * @return an empty update
   */
  public static ProfileUpdate create() {
    return new ProfileUpdate(Map.of());
  }

  /**
   * A new display name.
   *
   * @param displayName the name the user shows others, or null to clear it
   * @return a copy with the display name set or cleared
   */
  public ProfileUpdate displayName(String displayName) {
    return with("display_name", displayName);
  }

  /**
   * A new avatar.
   *
   * @param avatarUrl the avatar image's URL, or null to clear it
   * @return a copy with the avatar set or cleared
   */
  public ProfileUpdate avatarUrl(String avatarUrl) {
    return with("avatar_url", avatarUrl);
  }

  /**
   * Replaces the user's properties object.
   *
   * @param properties the whole new set of properties, copied; null clears them
   * @return a copy with the properties set or cleared
   */
  public ProfileUpdate properties(Map<String, ?> properties) {
    return with("properties", properties == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
  }

  /**
   * An IANA zone id such as {@code Europe/Paris}.
   *
   * @param timezone a zone id {@link java.time.ZoneId#of} knows, or null to clear it
   * @return a copy with the zone set or cleared
   * @throws IllegalArgumentException if {@code timezone} is not a known zone id
   */
  public ProfileUpdate timezone(String timezone) {
    if (timezone != null) {
      try {
        java.time.ZoneId.of(timezone);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("timezone is not a known zone id: " + timezone, e);
      }
    }
    return with("timezone", timezone);
  }

  /** The wire fields, in the order they were set. */
  private Map<String, Object> fields() {
    return fields;
  }

  private ProfileUpdate with(String key, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    next.put(key, value);
    return new ProfileUpdate(Collections.unmodifiableMap(next));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProfileUpdate p && p.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "ProfileUpdate" + fields;
  }
}
