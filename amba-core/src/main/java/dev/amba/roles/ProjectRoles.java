package dev.amba.roles;

import java.util.List;

/**
 * Admin: the project's roles and who has them, from {@code amba.roles()} (server key).
 *
 * <pre>{@code
 * Role mod = amba.roles().create(NewRole.of("moderator", "posts:delete"));
 * amba.roles().assign(uid, mod.id());
 * }</pre>
 */
public interface ProjectRoles {

  /** @throws dev.amba.AmbaConflictException ({@code role_exists}) when another role has the name */
  Role create(NewRole role);

  /** Every role, oldest first. */
  List<Role> list();

  /**
   * Changes what {@code update} sets; the permissions of everyone with the role change with it.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no role with this id
   * @throws dev.amba.AmbaConflictException ({@code role_exists}) when another role has the new name
   */
  Role update(String roleId, RoleUpdate update);

  /**
   * Deletes a role and takes it from everyone who had it.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no role with this id
   */
  void delete(String roleId);

  /**
   * Gives the user the role; a user who has it already keeps the assignment made then.
   *
   * @throws dev.amba.AmbaNotFoundException {@code user_not_found} for a user the project does not
   *     have; {@code not_found} for a role
   */
  UserRole assign(String userId, String roleId);

  /**
   * Takes the role from the user.
   *
   * @throws dev.amba.AmbaNotFoundException when the user does not have the role
   */
  void revoke(String userId, String roleId);

  /**
   * The users who have the role, oldest assignment first.
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no role with this id
   */
  List<RoleMember> users(String roleId);
}
