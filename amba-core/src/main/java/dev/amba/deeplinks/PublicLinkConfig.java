package dev.amba.deeplinks;

/**
 * The deep-link settings a user's app reads (30.1): the three public ones, each null until an admin
 * sets it.
 *
 * @param urlScheme the app's own URL scheme, such as {@code myapp}
 * @param universalLinkDomain the domain of universal (iOS) and app (Android) links
 * @param fallbackUrl where a user without the app is sent
 */
public record PublicLinkConfig(String urlScheme, String universalLinkDomain, String fallbackUrl) {}
