package dev.amba.storage;

import dev.amba.internal.storage.StorageRules;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A bucket to create: private, keeping assets until they are deleted, unless told otherwise.
 * Immutable.
 *
 * <pre>{@code
 * amba.storage().createBucket(NewBucket.named("avatars").publicRead(true).retentionDays(365));
 * }</pre>
 */
public final class NewBucket {

  private final String name;
  private final boolean publicRead;
  private final Integer retentionDays;

  private NewBucket(String name, boolean publicRead, Integer retentionDays) {
    this.name = name;
    this.publicRead = publicRead;
    this.retentionDays = retentionDays;
  }

  /**
   * A private bucket of this name that keeps assets until they are deleted.
   *
   * @param name 1 to 63 characters of {@code [A-Za-z0-9._-]}, starting with a letter or digit
   * @return the bucket to create
   * @throws IllegalArgumentException when the name breaks that rule
   */
  public static NewBucket named(String name) {
    return new NewBucket(StorageRules.bucket(name), false, null);
  }

  /**
   * Whether asset URLs are readable by anyone who has them, without a signature.
   *
   * @param publicRead true for plain URLs, false (the default) for signed ones that expire
   * @return a copy with the setting set
   */
  public NewBucket publicRead(boolean publicRead) {
    return new NewBucket(name, publicRead, retentionDays);
  }

  /**
   * How many days (1 to 3650) assets are kept unless their upload says otherwise.
   *
   * @param days the default retention in days
   * @return a copy with the retention set
   * @throws IllegalArgumentException if {@code days} is outside 1 to 3650
   */
  public NewBucket retentionDays(int days) {
    return new NewBucket(name, publicRead, StorageRules.retentionDays(days));
  }

  /**
   * The bucket's name.
   *
   * @return the name given to {@link #named}
   */
  public String name() {
    return name;
  }

  /**
   * Whether asset URLs will be readable without a signature.
   *
   * @return the {@link #publicRead(boolean)} setting, false by default
   */
  public boolean isPublicRead() {
    return publicRead;
  }

  /**
   * The default retention.
   *
   * @return the days set, or empty for keeping assets until they are deleted
   */
  public OptionalInt retentionDays() {
    return retentionDays == null ? OptionalInt.empty() : OptionalInt.of(retentionDays);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewBucket b && b.name.equals(name) && b.publicRead == publicRead
        && Objects.equals(b.retentionDays, retentionDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, publicRead, retentionDays);
  }

  @Override
  public String toString() {
    return "NewBucket{name=" + name + ", publicRead=" + publicRead
        + (retentionDays == null ? "" : ", retentionDays=" + retentionDays) + '}';
  }
}
