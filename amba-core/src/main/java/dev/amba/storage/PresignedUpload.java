package dev.amba.storage;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A granted upload: where to {@code PUT} the bytes, with which headers, until when, and the ids to
 * commit it with. It also keeps what was asked for (bucket, file name, type, size), so that
 * {@link UserStorage#put} can check the bytes before sending them.
 *
 * <p>A plain value: a server that receives the bytes in one request and commits in a later one can
 * keep it (or rebuild it with the canonical constructor). {@link #toString()} hides the URL's
 * query, which holds the signature: whoever has the full URL can upload until it expires.
 *
 * @param uploadId the id {@code commit} names
 * @param uploadUrl the absolute URL to {@code PUT} the bytes to; not an Amba host in production
 * @param uploadHeaders every header the {@code PUT} must carry, unchanged
 * @param assetId the id the asset will have once committed
 * @param expiresAt when {@code uploadUrl} stops accepting bytes
 * @param bucket the bucket asked for
 * @param filename the file name asked for
 * @param mimeType the content type asked for
 * @param sizeBytes the exact number of bytes the {@code PUT} must carry
 */
public record PresignedUpload(
    String uploadId,
    URI uploadUrl,
    List<UploadHeader> uploadHeaders,
    String assetId,
    Instant expiresAt,
    String bucket,
    String filename,
    String mimeType,
    long sizeBytes) {

  /**
   * A granted upload; the headers are copied.
   *
   * @param uploadId the id {@code commit} names, not null
   * @param uploadUrl the URL to {@code PUT} to, not null
   * @param uploadHeaders the headers the {@code PUT} must carry, not null
   * @param assetId the asset's id to be, not null
   * @param expiresAt when the URL expires, or null when unknown
   * @param bucket the bucket, not null
   * @param filename the file name, not null
   * @param mimeType the content type, not null
   * @param sizeBytes the exact size, 0 or more
   * @throws NullPointerException if a value said not null is null
   * @throws IllegalArgumentException if {@code sizeBytes} is negative
   */
  public PresignedUpload {
    Objects.requireNonNull(uploadId, "uploadId");
    Objects.requireNonNull(uploadUrl, "uploadUrl");
    uploadHeaders = List.copyOf(uploadHeaders);
    Objects.requireNonNull(assetId, "assetId");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mimeType, "mimeType");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative, got " + sizeBytes);
    }
  }

  /**
   * Whether the upload URL has expired at {@code now}; an unknown expiry counts as valid.
   *
   * @param now the instant to judge at, such as the configured clock's
   * @return true when {@code now} is at or after {@link #expiresAt()}
   */
  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    String url = uploadUrl.getScheme() + "://" + uploadUrl.getRawAuthority() + uploadUrl.getRawPath()
        + (uploadUrl.getRawQuery() == null ? "" : "?****");
    return "PresignedUpload{uploadId=" + uploadId + ", assetId=" + assetId + ", bucket=" + bucket
        + ", filename=" + filename + ", mimeType=" + mimeType + ", sizeBytes=" + sizeBytes
        + ", uploadUrl=" + url + ", uploadHeaders=" + uploadHeaders + ", expiresAt=" + expiresAt + '}';
  }
}
