package dev.amba.storage;

/** Admin storage operations (server key): the project's buckets. */
public interface ProjectStorage {

  /**
   * Creates a bucket.
   *
   * @param bucket the bucket's name, visibility and retention
   * @return the bucket as stored
   * @throws dev.amba.AmbaConflictException code {@code bucket_exists} when the name is taken
   */
  Bucket createBucket(NewBucket bucket);

  /**
   * Creates a private bucket that keeps assets until they are deleted.
   *
   * @param name 1 to 63 characters of {@code [A-Za-z0-9._-]}, starting with a letter or digit
   * @return the bucket as stored
   * @throws IllegalArgumentException if {@code name} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaConflictException code {@code bucket_exists} when the name is taken
   */
  default Bucket createBucket(String name) {
    return createBucket(NewBucket.named(name));
  }
}
