package dev.amba.moderation;

import java.time.Instant;
import java.util.Objects;

/**
 * How far the project trusts one user (27.3).
 *
 * @param id the trust row's id
 * @param appUserId the user, the id {@code asUser} takes
 * @param trustLevel new, trusted or moderator
 * @param autoApprove whether the user's content skips the screening rules whatever its level, while
 *     an {@code auto_approve_trusted} rule is active
 * @param updatedAt when the row was last set, by the server's clock
 */
public record UserTrustLevel(String id, String appUserId, TrustLevel trustLevel, boolean autoApprove,
    Instant updatedAt) {

  /**
   * Checks that the row has a level.
   *
   * @param id the trust row's id
   * @param appUserId the user
   * @param trustLevel the level, not null
   * @param autoApprove whether the user's content skips the rules
   * @param updatedAt when the row was last set
   * @throws NullPointerException when {@code trustLevel} is null
   */
  public UserTrustLevel {
    Objects.requireNonNull(trustLevel, "trustLevel");
  }
}
