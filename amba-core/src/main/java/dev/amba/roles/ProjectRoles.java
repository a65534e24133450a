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

  /**
   * Adds a role.
   *
   * @param role the role's name, permissions and description
   * @return the role as stored, with its id
   * @throws NullPointerException if {@code role} is null
   * @throws dev.amba.AmbaConflictException ({@code role_exists}) when another role has the name
   */
  Role create(NewRole role);

  /**
   * Every role, oldest first.
   *
   * @return every role of the project with its permissions; empty when none
   */
  List<Role> list();

  /**
   * Changes what {@code update} sets; the permissions of everyone with the role change with it.
   *
   * @param roleId the role's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param update what to change
   * @return the role as stored after the change
   * @throws IllegalArgumentException when {@code roleId} is not a UUID or {@code update} sets
   *     nothing, before anything is sent
   * @throws NullPointerException if {@code update} is null
   * @throws dev.amba.AmbaNotFoundException when the project has no role with this id
   * @throws dev.amba.AmbaConflictException ({@code role_exists}) when another role has the new name
   */
  Role update(String roleId, RoleUpdate update);

  /**
   * Deletes a role and takes it from everyone who had it.
   *
   * @param roleId the role's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no role with this id
   */
  void delete(String roleId);

  /**
   * Gives the user the role; a user who has it already keeps the assignment made then.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param roleId the role's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return the assignment, the earlier one when the user had the role already
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException {@code user_not_found} for a user the project does not
   *     have; {@code not_found} for a role
   */
  UserRole assign(String userId, String roleId);

  /**
   * Takes the role from the user.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @param roleId the role's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the user does not have the role
   */
  void revoke(String userId, String roleId);

  /**
   * The users who have the role, oldest assignment first.
   *
   * @param roleId the role's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return each assignment with who the user is; empty when nobody has the role
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no role with this id
   */
  List<RoleMember> users(String roleId);
}
