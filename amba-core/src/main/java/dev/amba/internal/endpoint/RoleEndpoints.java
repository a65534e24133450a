package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/**
 * Roles and permissions (amba-api-modules.md 32): the acting user's roles and permission checks
 * (read-only), the admin's roles and assignments. An assign repeated finds the row the first made
 * (200) and a revoke repeated answers 404, so both may reach the server twice without harm, but only
 * assign answers the same either way: assign is retried, revoke is not.
 */
public final class RoleEndpoints {

  private RoleEndpoints() {}

  static final Declarations AREA = new Declarations();

  private static final String ROLES = CLIENT + "/roles";

  /** The user's assignments, oldest first, each with its role as {@code roles}. */
  public static final Endpoint MINE = AREA.declare("roles.mine", "GET", ROLES, ACTING_USER, METHOD, Shape.LIST);
  public static final Endpoint PERMISSIONS =
      AREA.declare("roles.permissions", "GET", ROLES + "/permissions", ACTING_USER, METHOD, Shape.ITEM);
  /** X: {@code roles} lists the names of the user's roles that grant it, sorted. */
  public static final Endpoint CHECK =
      AREA.declare("roles.check", "GET", ROLES + "/check/{permission}", ACTING_USER, METHOD, Shape.ITEM);
  /**
   * X: the newer guide's single route (32.1 Alternatives), {@code {roles: [Role], permissions}};
   * served by the emulator, never called by the SDK, so the OpenAPI description leaves it out.
   */
  public static final Endpoint ME =
      AREA.emulatorOnly("roles.me", "GET", ROLES + "/me", ACTING_USER, METHOD, Shape.ITEM);

  private static final String ADMIN_ROLES = ADMIN + "/roles";
  /** X: 409 {@code role_exists} for a name in use. */
  public static final Endpoint ADMIN_CREATE =
      AREA.declare("admin.roles.create", "POST", ADMIN_ROLES, SERVER_KEY, NEVER, Shape.ITEM);
  /** X: oldest first. */
  public static final Endpoint ADMIN_LIST =
      AREA.declare("admin.roles.list", "GET", ADMIN_ROLES, SERVER_KEY, METHOD, Shape.LIST);
  /** X: 409 {@code role_exists} for a name in use by another role. */
  public static final Endpoint ADMIN_UPDATE =
      AREA.declare("admin.roles.update", "PATCH", ADMIN_ROLES + "/{roleId}", SERVER_KEY, NEVER, Shape.ITEM);
  /** Answers M2's {@code {data: {id, deleted: true}}}; the role's assignments go with it. */
  public static final Endpoint ADMIN_DELETE =
      AREA.declare("admin.roles.delete", "DELETE", ADMIN_ROLES + "/{roleId}", SERVER_KEY, METHOD, Shape.ITEM);
  /**
   * X: 200 with the row when the user has the role already; 404 {@code user_not_found} for a user the
   * project does not have, 404 {@code not_found} for a role. Retried: a repeat finds the first's row.
   */
  public static final Endpoint ADMIN_ASSIGN =
      AREA.declare("admin.roles.assign", "POST", ADMIN_ROLES + "/assign", SERVER_KEY, Retry.IDEMPOTENCY_ID, Shape.ITEM);
  /** X: answers {@code {data: {id, deleted: true}}} with the assignment's id; 404 {@code not_found} without one. */
  public static final Endpoint ADMIN_REVOKE =
      AREA.declare("admin.roles.revoke", "POST", ADMIN_ROLES + "/revoke", SERVER_KEY, NEVER, Shape.ITEM);
  /** X: oldest assignment first; {@code app_users} is {@code {id, display_name}}. */
  public static final Endpoint ADMIN_USERS =
      AREA.declare("admin.roles.users", "GET", ADMIN_ROLES + "/{roleId}/users", SERVER_KEY, METHOD, Shape.LIST);
}
