package dev.amba.storage;

import dev.amba.internal.storage.StorageRules;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What is being uploaded, apart from the bytes: bucket, file name, content type and an optional
 * retention. Immutable; checked when made, so a mistake surfaces before anything is sent.
 *
 * <pre>{@code
 * UploadSpec.of("avatars", "me.png", "image/png").retentionDays(30)
 * }</pre>
 */
public final class UploadSpec {

  private final String bucket;
  private final String filename;
  private final String mimeType;
  private final Integer retentionDays;

  private UploadSpec(String bucket, String filename, String mimeType, Integer retentionDays) {
    this.bucket = bucket;
    this.filename = filename;
    this.mimeType = mimeType;
    this.retentionDays = retentionDays;
  }

  /**
   * @param bucket an existing bucket of the project
   * @param filename the file's name, without any directory
   * @param mimeType the content type, such as {@code image/png}; sent as the upload's
   *     {@code Content-Type}
   * @throws IllegalArgumentException naming the argument that breaks a rule
   */
  public static UploadSpec of(String bucket, String filename, String mimeType) {
    return new UploadSpec(StorageRules.bucket(bucket), StorageRules.filename(filename),
        StorageRules.mimeType(mimeType), null);
  }

  /** Keeps the asset this many days (1 to 3650) instead of the bucket's default. */
  public UploadSpec retentionDays(int days) {
    return new UploadSpec(bucket, filename, mimeType, StorageRules.retentionDays(days));
  }

  public String bucket() {
    return bucket;
  }

  public String filename() {
    return filename;
  }

  public String mimeType() {
    return mimeType;
  }

  public OptionalInt retentionDays() {
    return retentionDays == null ? OptionalInt.empty() : OptionalInt.of(retentionDays);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UploadSpec s && s.bucket.equals(bucket) && s.filename.equals(filename)
        && s.mimeType.equals(mimeType) && Objects.equals(s.retentionDays, retentionDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bucket, filename, mimeType, retentionDays);
  }

  @Override
  public String toString() {
    return "UploadSpec{bucket=" + bucket + ", filename=" + filename + ", mimeType=" + mimeType
        + (retentionDays == null ? "" : ", retentionDays=" + retentionDays) + '}';
  }
}
