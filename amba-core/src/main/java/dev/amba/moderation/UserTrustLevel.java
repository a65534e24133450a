package dev.amba.moderation;

import java.time.Instant;
import java.util.Objects;

/**
 * How far the project trusts one user (27.3).
 *
 * @param appUserId the user, the id {@code asUser} takes
 * @param autoApprove whether the user's content skips the screening rules whatever its level, while
 *     an {@code auto_approve_trusted} rule is active
 */
public record UserTrustLevel(String id, String appUserId, TrustLevel trustLevel, boolean autoApprove,
    Instant updatedAt) {

  public UserTrustLevel {
    Objects.requireNonNull(trustLevel, "trustLevel");
  }
}
