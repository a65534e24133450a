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

  /**
   * The user's roles, oldest assignment first.
   *
   * @return each of the user's roles with its assignment; empty when the user has none
   */
  List<AssignedRole> list();

  /**
   * Every permission the user's roles grant, sorted, each once.
   *
   * @return the user's permissions; empty when its roles grant none
   */
  List<String> permissions();

  /**
   * Whether the user's roles grant {@code permission} (exact, case-sensitive; no wildcards), and
   * which roles do.
   *
   * @param permission 1..128 printable ASCII characters without spaces
   * @return whether the user has it, and the names of the roles that grant it
   * @throws IllegalArgumentException if {@code permission} breaks that rule, before anything is sent
   */
  PermissionCheck check(String permission);

  /**
   * {@code check(permission).hasPermission()}.
   *
   * @param permission 1..128 printable ASCII characters without spaces
   * @return true when one of the user's roles grants it
   * @throws IllegalArgumentException if {@code permission} breaks that rule, before anything is sent
   */
  default boolean hasPermission(String permission) {
    return check(permission).hasPermission();
  }
}
