package dev.amba.internal.storage;

import dev.amba.RequestOptions;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.StorageEndpoints;
import dev.amba.storage.Bucket;
import dev.amba.storage.NewBucket;
import dev.amba.storage.ProjectStorage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

public final class StorageAdminClient implements ProjectStorage {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  public StorageAdminClient(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public Bucket createBucket(NewBucket bucket) {
    Objects.requireNonNull(bucket, "bucket");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", bucket.name());
    body.put("public", bucket.isPublicRead());
    bucket.retentionDays().ifPresent(d -> body.put("retention_days", d));
    StorageWire.BucketData b = runtime.api
        .call(StorageEndpoints.ADMIN_BUCKETS_CREATE, options, runtime.config.projectId())
        .body(body).data(StorageWire.BucketData.class);
    return new Bucket(b.name, Boolean.TRUE.equals(b.publicRead), b.retentionDays, b.createdAt);
  }
}
