package dev.amba.deeplinks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A link as any user of the project resolves it: where it goes, without who made it or how often it
 * was clicked.
 *
 * @param id the link's id, for {@link UserDeepLinks#click}
 * @param slug the slug it was resolved by
 * @param destinationUrl where the link sends users
 * @param metadata as {@link TrackedLink#metadata()}; empty when none. Immutable
 */
public record ResolvedLink(String id, String slug, String destinationUrl, Map<String, Object> metadata) {

  /**
   * A resolved link; {@code metadata} is copied, and null reads as empty.
   *
   * @param id the link's id
   * @param slug the link's slug
   * @param destinationUrl where it sends users
   * @param metadata the app's data, or null
   */
  public ResolvedLink {
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
