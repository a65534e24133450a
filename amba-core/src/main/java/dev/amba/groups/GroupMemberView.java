package dev.amba.groups;

import dev.amba.users.UserSummary;
import java.util.Objects;

/**
 * A membership with what the member shows of themselves, as the member lists read it.
 *
 * @param member the membership: role and join time
 * @param user the member's id, display name and avatar
 */
public record GroupMemberView(GroupMember member, UserSummary user) {

  /**
   * Checks that both parts are there.
   *
   * @param member the membership, not null
   * @param user the member's summary, not null
   * @throws NullPointerException when either is null
   */
  public GroupMemberView {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(user, "user");
  }
}
