package dev.amba.internal.roles;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.RoleEndpoints;
import dev.amba.roles.NewRole;
import dev.amba.roles.ProjectRoles;
import dev.amba.roles.Role;
import dev.amba.roles.RoleMember;
import dev.amba.roles.RoleUpdate;
import dev.amba.roles.UserRole;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Roles and their assignments (server key). */
public final class RoleAdmin implements ProjectRoles {

  private static final Type ROLES = Json.parameterized(List.class, RoleWire.RoleRow.class);
  private static final Type ASSIGNMENTS = Json.parameterized(List.class, RoleWire.Assignment.class);

  private final ProjectCalls calls;

  public RoleAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Role create(NewRole role) {
    Objects.requireNonNull(role, "role");
    return calls.call(RoleEndpoints.ADMIN_CREATE).body(WireForms.of(role)).<RoleWire.RoleRow>data(RoleWire.RoleRow.class)
        .toPublic();
  }

  @Override
  public List<Role> list() {
    List<RoleWire.RoleRow> all = calls.call(RoleEndpoints.ADMIN_LIST).data(ROLES);
    return all.stream().map(RoleWire.RoleRow::toPublic).toList();
  }

  @Override
  public Role update(String roleId, RoleUpdate update) {
    RoleArguments.roleId(roleId);
    return calls.call(RoleEndpoints.ADMIN_UPDATE, roleId).body(WireForms.ofUpdate(update))
        .<RoleWire.RoleRow>data(RoleWire.RoleRow.class).toPublic();
  }

  @Override
  public void delete(String roleId) {
    RoleArguments.roleId(roleId);
    calls.call(RoleEndpoints.ADMIN_DELETE, roleId).data(Map.class);
  }

  @Override
  public UserRole assign(String userId, String roleId) {
    return calls.call(RoleEndpoints.ADMIN_ASSIGN).body(pair(userId, roleId))
        .<RoleWire.Assignment>data(RoleWire.Assignment.class).toPublic();
  }

  @Override
  public void revoke(String userId, String roleId) {
    calls.call(RoleEndpoints.ADMIN_REVOKE).body(pair(userId, roleId)).data(Map.class);
  }

  @Override
  public List<RoleMember> users(String roleId) {
    RoleArguments.roleId(roleId);
    List<RoleWire.Assignment> all = calls.call(RoleEndpoints.ADMIN_USERS, roleId).data(ASSIGNMENTS);
    return all.stream().map(RoleWire.Assignment::toMember).toList();
  }

  private static Map<String, Object> pair(String userId, String roleId) {
    return Map.of("app_user_id", RoleArguments.userId(userId), "role_id", RoleArguments.roleId(roleId));
  }
}
