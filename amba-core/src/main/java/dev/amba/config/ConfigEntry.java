package dev.amba.config;

import java.time.Instant;

/**
 * One remote config key, as admins see it.
 *
 * @param key the key apps read the value by
 * @param value the value, typed as in {@link UserConfig#values()}
 * @param valueType see {@link ConfigValueType}
 * @param description a note for other admins, or null
 * @param createdAt when the key was added
 * @param updatedAt when the key was last changed
 */
public record ConfigEntry(
    String key, Object value, String valueType, String description, Instant createdAt, Instant updatedAt) {}
