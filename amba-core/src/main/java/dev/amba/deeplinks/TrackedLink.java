package dev.amba.deeplinks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tracked link of the project (30.3), as its maker and admins read it.
 *
 * @param id the link's id; clicks and the admin paths take it
 * @param slug what the link is resolved by: unique in the project
 * @param destinationUrl where the link sends users
 * @param metadata the app's own data about the link, as JSON values (strings, {@code Long} or
 *     {@code BigInteger} for whole numbers, {@code BigDecimal} for others, booleans, null, lists and
 *     maps); empty when none. Immutable
 * @param clickCount how many clicks the link has taken
 * @param createdBy the user who made it through {@link UserDeepLinks#create}; null for an admin's link
 * @param createdAt when the link was made
 */
public record TrackedLink(
    String id,
    String slug,
    String destinationUrl,
    Map<String, Object> metadata,
    long clickCount,
    String createdBy,
    Instant createdAt) {

  /**
   * A link; {@code metadata} is copied, and null reads as empty.
   *
   * @param id the link's id
   * @param slug the link's slug
   * @param destinationUrl where it sends users
   * @param metadata the app's data, or null
   * @param clickCount its clicks
   * @param createdBy its maker, or null
   * @param createdAt when it was made
   */
  public TrackedLink {
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
