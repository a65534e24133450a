package dev.amba.internal.roles;

import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.RoleEndpoints;
import dev.amba.roles.AssignedRole;
import dev.amba.roles.PermissionCheck;
import dev.amba.roles.UserRoles;
import java.lang.reflect.Type;
import java.util.List;

public final class RoleClient implements UserRoles {

  private static final Type ASSIGNMENTS = Json.parameterized(List.class, RoleWire.Assignment.class);

  private final UserCalls calls;

  public RoleClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<AssignedRole> list() {
    List<RoleWire.Assignment> all = calls.call(RoleEndpoints.MINE).data(ASSIGNMENTS);
    return all.stream().map(RoleWire.Assignment::toAssigned).toList();
  }

  @Override
  public List<String> permissions() {
    RoleWire.Permissions answer = calls.call(RoleEndpoints.PERMISSIONS).data(RoleWire.Permissions.class);
    return answer.permissions() == null ? List.of() : List.copyOf(answer.permissions());
  }

  @Override
  public PermissionCheck check(String permission) {
    RoleArguments.permission(permission, "permission");
    return calls.call(RoleEndpoints.CHECK, permission).<RoleWire.Check>data(RoleWire.Check.class).toPublic(permission);
  }
}
