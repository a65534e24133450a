package dev.amba.roles;

import java.util.List;

/**
 * Whether the acting user has a permission (32.3).
 *
 * @param roles the names of the user's roles that grant it, sorted; empty when none. Immutable
 */
public record PermissionCheck(boolean hasPermission, String permission, List<String> roles) {

  public PermissionCheck {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
