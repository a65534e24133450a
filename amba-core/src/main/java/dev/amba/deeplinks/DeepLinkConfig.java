package dev.amba.deeplinks;

import java.time.Instant;

/**
 * The project's deep-link settings, as an admin reads them (30.3). Every setting is null until set.
 *
 * @param id the settings' id
 * @param urlScheme the app's own URL scheme, such as {@code myapp}
 * @param universalLinkDomain the domain of universal (iOS) and app (Android) links
 * @param androidPackageName the Android application id, such as {@code com.example.app}
 * @param iosBundleId the iOS bundle id, such as {@code com.example.app}
 * @param fallbackUrl where a user without the app is sent
 * @param createdAt when the settings were first made
 * @param updatedAt when a setting last changed
 */
public record DeepLinkConfig(
    String id,
    String urlScheme,
    String universalLinkDomain,
    String androidPackageName,
    String iosBundleId,
    String fallbackUrl,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * The part of the settings every user's app may read.
   *
   * @return the URL scheme, link domain and fallback URL, without the app ids
   */
  public PublicLinkConfig publicPart() {
    return new PublicLinkConfig(urlScheme, universalLinkDomain, fallbackUrl);
  }
}
