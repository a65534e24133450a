package dev.amba.roles;

import dev.amba.users.UserSummary;
import java.util.Objects;

/**
 * A user who has a role, as an admin lists them: the assignment and who the user is.
 *
 * @param assignment when and by whom the role was given
 * @param user the user's id, display name and avatar
 */
public record RoleMember(UserRole assignment, UserSummary user) {

  /**
   * A member.
   *
   * @param assignment the assignment, not null
   * @param user the user, not null
   * @throws NullPointerException if either is null
   */
  public RoleMember {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(user, "user");
  }
}
