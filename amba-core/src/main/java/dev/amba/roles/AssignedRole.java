package dev.amba.roles;

import java.util.Objects;

/** A role the acting user has: the assignment and the role it gives. */
public record AssignedRole(UserRole assignment, Role role) {

  public AssignedRole {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(role, "role");
  }
}
