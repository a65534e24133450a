package dev.amba.deeplinks;

/**
 * The deep-link settings a user's app reads (30.1): the three public ones, each null until an admin
 * sets it.
 */
public record PublicLinkConfig(String urlScheme, String universalLinkDomain, String fallbackUrl) {}
