package dev.amba.storage;

import java.net.URI;
import java.time.Instant;

/**
 * A committed file.
 *
 * @param id the asset id, which {@link UserStorage#get} and {@link UserStorage#delete} take
 * @param bucket the bucket it is stored in
 * @param key the object key inside the bucket
 * @param url where the bytes can be read; for a private bucket a signed URL that expires
 * @param mimeType the content type it was uploaded with
 * @param sizeBytes its size in bytes
 * @param retentionDays how long the asset is kept, or null for as long as it is not deleted
 * @param createdAt when it was committed
 */
public record MediaAsset(
    String id,
    String bucket,
    String key,
    URI url,
    String mimeType,
    long sizeBytes,
    Integer retentionDays,
    Instant createdAt) {}
