package dev.amba.internal.storage;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;

/** Storage answers as they arrive, before the SDK turns them into its public values. */
public final class StorageWire {

  private StorageWire() {}

  public record Presigned(
      String uploadId, String uploadUrl, List<Header> uploadHeaders, String assetId, Instant expiresAt) {}

  public record Header(String name, String value) {}

  /** A class, not a record: the wire name {@code public} is a Java keyword. */
  public static final class BucketData {
    public String name;
    @JsonbProperty("public")
    public Boolean publicRead;
    public Integer retentionDays;
    public Instant createdAt;
  }
}
