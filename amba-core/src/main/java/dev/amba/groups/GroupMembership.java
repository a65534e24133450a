package dev.amba.groups;

import java.util.Objects;

/** One of the acting user's groups, with the user's role in it. */
public record GroupMembership(GroupRole role, Group group) {

  public GroupMembership {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(group, "group");
  }
}
