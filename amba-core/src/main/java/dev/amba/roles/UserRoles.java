package dev.amba.roles;

import java.util.List;

/**
 * The acting user's roles and permissions, from {@code amba.asUser(uid).roles()}: read-only, since
 * only admins give and take roles.
 *
 * <pre>{@code
 * if (amba.asUser(uid).roles().hasPermission("posts:delete")) { ... }
 * }</pre>
 */
public interface UserRoles {

  /** The user's roles, oldest assignment first. */
  List<AssignedRole> list();

  /** Every permission the user's roles grant, sorted, each once. */
  List<String> permissions();

  /**
   * Whether the user's roles grant {@code permission} (exact, case-sensitive; no wildcards), and
   * which roles do.
   *
   * @param permission 1..128 printable ASCII characters without spaces
   */
  PermissionCheck check(String permission);

  /** {@code check(permission).hasPermission()}. */
  default boolean hasPermission(String permission) {
    return check(permission).hasPermission();
  }
}
