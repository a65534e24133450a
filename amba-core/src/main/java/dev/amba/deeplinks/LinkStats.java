package dev.amba.deeplinks;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A link's clicks, counted.
 *
 * @param trackedLinkId the link's id
 * @param slug the link's slug
 * @param totalClicks every click the link took
 * @param uniqueUsers how many distinct users clicked it
 * @param clicksByPlatform clicks by the platform each click named; clicks that named none count under
 *     {@code unknown}. Sorted by platform, immutable
 */
public record LinkStats(String trackedLinkId, String slug, long totalClicks, long uniqueUsers,
    Map<String, Long> clicksByPlatform) {

  /**
   * A link's counts; {@code clicksByPlatform} is copied sorted, and null reads as empty.
   *
   * @param trackedLinkId the link's id
   * @param slug the link's slug
   * @param totalClicks every click
   * @param uniqueUsers distinct users who clicked
   * @param clicksByPlatform clicks by platform, or null
   */
  public LinkStats {
    clicksByPlatform = clicksByPlatform == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(clicksByPlatform));
  }
}
