package dev.amba.roles;

import java.util.List;

/**
 * Whether the acting user has a permission (32.3).
 *
 * @param hasPermission whether any of the user's roles grants the permission
 * @param permission the permission checked
 * @param roles the names of the user's roles that grant it, sorted; empty when none. Immutable
 */
public record PermissionCheck(boolean hasPermission, String permission, List<String> roles) {

  /**
   * A check's answer; {@code roles} is copied, and null reads as empty.
   *
   * @param hasPermission whether the user has the permission
   * @param permission the permission checked
   * @param roles the granting roles' names, or null
   */
  public PermissionCheck {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
