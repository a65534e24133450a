package dev.amba.internal.storage;

import dev.amba.internal.ProjectCalls;
import dev.amba.internal.endpoint.StorageEndpoints;
import dev.amba.storage.Bucket;
import dev.amba.storage.NewBucket;
import dev.amba.storage.ProjectStorage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

public final class StorageAdminClient implements ProjectStorage {

  private final ProjectCalls calls;

  public StorageAdminClient(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Bucket createBucket(NewBucket bucket) {
    Objects.requireNonNull(bucket, "bucket");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", bucket.name());
    body.put("public", bucket.isPublicRead());
    bucket.retentionDays().ifPresent(d -> body.put("retention_days", d));
    StorageWire.BucketData b = calls.call(StorageEndpoints.ADMIN_BUCKETS_CREATE)
        .body(body).data(StorageWire.BucketData.class);
    return new Bucket(b.name, Boolean.TRUE.equals(b.publicRead), b.retentionDays, b.createdAt);
  }
}
