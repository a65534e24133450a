package dev.amba.testkit.internal.store;

import jakarta.json.JsonObject;
import java.time.Instant;

/** An app user as stored; the password hash never leaves the store except for sign-in. */
public record UserRow(
    String id,
    String projectId,
    String anonymousId,
    String email,
    String passwordHash,
    String displayName,
    String avatarUrl,
    JsonObject properties,
    String timezone,
    Instant createdAt,
    Instant updatedAt) {

  @Override
  public String toString() {
    return "UserRow[id=" + id + ", projectId=" + projectId + "]";
  }
}
