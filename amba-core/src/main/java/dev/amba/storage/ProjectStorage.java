package dev.amba.storage;

/** Admin storage operations (server key): the project's buckets. */
public interface ProjectStorage {

  /**
   * Creates a bucket.
   *
   * @throws dev.amba.AmbaConflictException code {@code bucket_exists} when the name is taken
   */
  Bucket createBucket(NewBucket bucket);

  /** Creates a private bucket that keeps assets until they are deleted. */
  default Bucket createBucket(String name) {
    return createBucket(NewBucket.named(name));
  }
}
