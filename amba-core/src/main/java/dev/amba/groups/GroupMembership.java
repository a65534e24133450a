package dev.amba.groups;

import java.util.Objects;

/**
 * One of the acting user's groups, with the user's role in it.
 *
 * @param role the acting user's role in the group
 * @param group the group
 */
public record GroupMembership(GroupRole role, Group group) {

  /**
   * Checks that both parts are there.
   *
   * @param role the role, not null
   * @param group the group, not null
   * @throws NullPointerException when either is null
   */
  public GroupMembership {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(group, "group");
  }
}
