package dev.amba.groups;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership of a group (23.3).
 *
 * @param id the membership row's id
 * @param userId the member's user id (wire {@code app_user_id}; older answers {@code user_id}); the
 *     admin member routes take it
 * @param groupId the group's id
 * @param role owner, admin or member
 * @param joinedAt when the user came in, by the server's clock
 */
public record GroupMember(String id, String groupId, String userId, GroupRole role, Instant joinedAt) {

  /**
   * Checks that the membership has a role.
   *
   * @param id the membership row's id
   * @param groupId the group's id
   * @param userId the member's user id
   * @param role the member's role, not null
   * @param joinedAt when the user came in
   * @throws NullPointerException when {@code role} is null
   */
  public GroupMember {
    Objects.requireNonNull(role, "role");
  }
}
