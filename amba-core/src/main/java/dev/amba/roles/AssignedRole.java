package dev.amba.roles;

import java.util.Objects;

/**
 * A role the acting user has: the assignment and the role it gives.
 *
 * @param assignment when and by whom the role was given
 * @param role the role, with its permissions
 */
public record AssignedRole(UserRole assignment, Role role) {

  /**
   * An assigned role.
   *
   * @param assignment the assignment, not null
   * @param role the role, not null
   * @throws NullPointerException if either is null
   */
  public AssignedRole {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(role, "role");
  }
}
