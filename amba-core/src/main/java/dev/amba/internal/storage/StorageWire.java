package dev.amba.internal.storage;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;

/** Storage answers as they arrive, before the SDK turns them into its public values. */
// Fields are package-private on purpose: JSON-B reaches public members of a package that is not
// exported through a public lookup, which fails on the module path (see Json.FieldsOfTheSdk).
public final class StorageWire {

  private StorageWire() {}

  public record Presigned(
      String uploadId, String uploadUrl, List<Header> uploadHeaders, String assetId, Instant expiresAt) {}

  public record Header(String name, String value) {}

  /** A class, not a record: the wire name {@code public} is a Java keyword. */
  public static final class BucketData {
    String name;
    @JsonbProperty("public")
    Boolean publicRead;
    Integer retentionDays;
    Instant createdAt;
  }
}
