package dev.amba.internal.deeplinks;

import dev.amba.deeplinks.DeepLinkConfig;
import dev.amba.deeplinks.LinkStats;
import dev.amba.deeplinks.PublicLinkConfig;
import dev.amba.deeplinks.ResolvedLink;
import dev.amba.deeplinks.TrackedLink;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deep-link answers as they arrive (30.3). The 4.x core's names ({@code short_code},
 * {@code target_path}, {@code url}) are read where the protocol's are absent, and never sent.
 */
public final class DeepLinkWire {

  private DeepLinkWire() {}

  public record Link(
      String id,
      String slug,
      String shortCode,
      String destinationUrl,
      String targetPath,
      String url,
      JsonObject metadata,
      Long clickCount,
      String createdBy,
      Instant createdAt) {

    TrackedLink toPublic() {
      return new TrackedLink(id, slugOf(), destination(), map(metadata), clickCount == null ? 0 : clickCount,
          createdBy, createdAt);
    }

    ResolvedLink toResolved() {
      return new ResolvedLink(id, slugOf(), destination(), map(metadata));
    }

    private String slugOf() {
      return slug != null ? slug : shortCode;
    }

    private String destination() {
      return destinationUrl != null ? destinationUrl : targetPath != null ? targetPath : url;
    }
  }

  public record Stats(String trackedLinkId, String slug, Long totalClicks, Long uniqueUsers,
      JsonObject clicksByPlatform) {

    LinkStats toPublic() {
      Map<String, Long> byPlatform = new TreeMap<>();
      if (clicksByPlatform != null) {
        // A count that is not a whole number is left out rather than failing the whole answer.
        clicksByPlatform.forEach((platform, n) -> {
          if (n instanceof JsonNumber number && number.isIntegral()) {
            byPlatform.put(platform, number.longValue());
          }
        });
      }
      return new LinkStats(trackedLinkId, slug, totalClicks == null ? 0 : totalClicks,
          uniqueUsers == null ? 0 : uniqueUsers, byPlatform);
    }
  }

  public record Config(String id, String urlScheme, String universalLinkDomain, String androidPackageName,
      String iosBundleId, String fallbackUrl, Instant createdAt, Instant updatedAt) {

    DeepLinkConfig toPublic() {
      return new DeepLinkConfig(id, urlScheme, universalLinkDomain, androidPackageName, iosBundleId, fallbackUrl,
          createdAt, updatedAt);
    }

    PublicLinkConfig toPublicPart() {
      return new PublicLinkConfig(urlScheme, universalLinkDomain, fallbackUrl);
    }
  }

  /** {@code {data: Config}} or {@code {data: null}}: the settings may not exist, and that is no error. */
  public record MaybeConfig(Config data) {}

  static Map<String, Object> map(JsonObject o) {
    return o == null || o.getValueType() != JsonValue.ValueType.OBJECT ? Map.of() : JsonValues.toMap(o);
  }
}
