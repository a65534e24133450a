package dev.amba.roles;

import dev.amba.users.UserSummary;
import java.util.Objects;

/** A user who has a role, as an admin lists them: the assignment and who the user is. */
public record RoleMember(UserRole assignment, UserSummary user) {

  public RoleMember {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(user, "user");
  }
}
