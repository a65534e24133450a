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
   * What to upload, with the bucket's retention.
   *
   * @param bucket an existing bucket of the project: 1 to 63 characters of {@code [A-Za-z0-9._-]}, starting with a letter or digit
   * @param filename the file's name without any directory: 1 to 255 characters, not blank, not {@code .} or
   *     {@code ..}, with no {@code /}, {@code \} or control character
   * @param mimeType the content type, such as {@code image/png}: {@code type/subtype}, at most 255 characters; sent as the
   *     upload's {@code Content-Type}
   * @return the spec
   * @throws IllegalArgumentException naming the argument that breaks a rule
   */
  public static UploadSpec of(String bucket, String filename, String mimeType) {
    return new UploadSpec(StorageRules.bucket(bucket), StorageRules.filename(filename),
        StorageRules.mimeType(mimeType), null);
  }

  /**
   * Keeps the asset this many days (1 to 3650) instead of the bucket's default.
   *
   * @param days the asset's retention in days
   * @return a copy with the retention set
   * @throws IllegalArgumentException if {@code days} is outside 1 to 3650
   */
  public UploadSpec retentionDays(int days) {
    return new UploadSpec(bucket, filename, mimeType, StorageRules.retentionDays(days));
  }

  /**
   * The bucket to upload to.
   *
   * @return the bucket's name
   */
  public String bucket() {
    return bucket;
  }

  /**
   * The file's name.
   *
   * @return the name, without a directory
   */
  public String filename() {
    return filename;
  }

  /**
   * The content type.
   *
   * @return the type sent as {@code Content-Type}
   */
  public String mimeType() {
    return mimeType;
  }

  /**
   * The asset's retention.
   *
   * @return the days set, or empty for the bucket's default
   */
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
