package dev.amba.groups;

import dev.amba.users.UserSummary;
import java.util.Objects;

/** A membership with what the member shows of themselves, as the member lists read it. */
public record GroupMemberView(GroupMember member, UserSummary user) {

  public GroupMemberView {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(user, "user");
  }
}
