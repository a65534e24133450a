package dev.amba.internal.roles;

import dev.amba.roles.AssignedRole;
import dev.amba.roles.PermissionCheck;
import dev.amba.roles.Role;
import dev.amba.roles.RoleMember;
import dev.amba.roles.UserRole;
import dev.amba.users.UserSummary;
import java.time.Instant;
import java.util.List;

/**
 * Role answers as they arrive (32.3). The embedded role of an assignment comes as {@code roles} and
 * the user as {@code app_users} (the names of the service's joins). The 4.x core's {@code key} is read
 * as the name where a role has none.
 */
public final class RoleWire {

  private RoleWire() {}

  public record RoleRow(String id, String name, String key, String description, List<String> permissions,
      Instant createdAt, Instant updatedAt) {

    Role toPublic() {
      return new Role(id, name != null ? name : key, description, permissions, createdAt, updatedAt);
    }
  }

  public record Assignment(String id, String appUserId, String roleId, Instant assignedAt, String assignedBy,
      RoleRow roles, AppUser appUsers) {

    UserRole toPublic() {
      return new UserRole(id, appUserId, roleId, assignedAt, assignedBy);
    }

    AssignedRole toAssigned() {
      Role role = roles == null ? new Role(roleId, null, null, List.of(), null, null) : roles.toPublic();
      return new AssignedRole(toPublic(), role);
    }

    RoleMember toMember() {
      UserSummary user = appUsers == null ? new UserSummary(appUserId, null, null)
          : new UserSummary(appUsers.id() != null ? appUsers.id() : appUserId, appUsers.displayName(), null);
      return new RoleMember(toPublic(), user);
    }
  }

  public record AppUser(String id, String displayName) {}

  public record Permissions(List<String> permissions) {}

  public record Check(Boolean hasPermission, String permission, List<String> roles) {

    PermissionCheck toPublic(String asked) {
      return new PermissionCheck(Boolean.TRUE.equals(hasPermission), permission != null ? permission : asked, roles);
    }
  }
}
