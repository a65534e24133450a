package dev.amba.groups;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership of a group (23.3).
 *
 * @param id the membership row's id
 * @param userId the member's user id (wire {@code app_user_id}; older answers {@code user_id}); the
 *     admin member routes take it
 */
public record GroupMember(String id, String groupId, String userId, GroupRole role, Instant joinedAt) {

  public GroupMember {
    Objects.requireNonNull(role, "role");
  }
}
