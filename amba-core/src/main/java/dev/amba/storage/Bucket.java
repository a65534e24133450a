package dev.amba.storage;

import java.time.Instant;

/**
 * A storage bucket of the project.
 *
 * @param name the bucket's name, unique in the project
 * @param publicRead whether asset URLs are readable without a signature
 * @param retentionDays how long assets are kept by default, or null for no limit
 * @param createdAt when the bucket was created
 */
public record Bucket(String name, boolean publicRead, Integer retentionDays, Instant createdAt) {}
