package dev.amba.testkit.internal.roles;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;

/**
 * The role tables (amba-api-modules.md 32.3): the project's roles, their permissions kept as one
 * checked JSON array, and each user's assignments, one per user and role.
 */
final class RoleTables {

  private RoleTables() {}

  static final Resource ROLES = Resource.in("project_roles", Owner.PROJECT).withId()
      .field(
          // X: a role's name is its key (M1), what checks answer.
          Field.text("name").asRequired().withLength(1, 64).withPattern(Field.KEY, Field.KEY_RULE),
          Field.text("description").withLength(0, 1024),
          // Checked and made distinct by RoleRoutes.permissions.
          Field.json("permissions").asRequired())
      .timestamps()
      .creationOrder()
      .unique("name")
      .orderBy(Resource.CREATED_AT)
      .notFound("not_found", "no role with this id in the project")
      .conflict("role_exists", "another role has this name")
      .build();

  static final Resource ASSIGNMENTS = Resource.in("role_assignments", Owner.USER).withId()
      .field(
          Field.uuid("role_id").asRequired().asServerSet(),
          Field.timestamp("assigned_at").asRequired().asServerSet(),
          Field.text("assigned_by").asRequired().asServerSet().withLength(1, 128))
      .creationOrder()
      .unique("role_id")
      .orderBy("assigned_at")
      .notFound("not_found", "the user does not have this role")
      .build();

  /** The body of assign and revoke: checked by the kit like a create body, never a table. */
  static final Resource PAIR_BODY = Resource.in("role_pair_body", Owner.PROJECT)
      .field(Field.text("app_user_id").asRequired().withLength(1, 128), Field.uuid("role_id").asRequired())
      .build();
}
