package dev.amba.testkit.internal.groups;

import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/**
 * The groups module's tables (amba-api-modules.md 23.3): the project's groups and their members.
 * {@code member_count} is kept on the group, changed in the same transaction as the member rows
 * (every write of a project's groups runs one at a time), so a capacity check reads one row.
 */
final class GroupTables {

  private GroupTables() {}

  static final String OWNER = "owner";
  static final String ADMIN = "admin";
  static final String MEMBER = "member";

  /** X: the most members a group may be set to hold. */
  static final int MAX_MEMBERS = 10_000;
  /** X: the longest a group's metadata may be, as JSON text. */
  static final int MAX_METADATA = 16 * 1024;
  /** X: the longest search text. */
  static final int MAX_QUERY = 128;
  private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");

  static final Resource GROUPS = Resource.in("social_groups", Owner.PROJECT).withId()
      .field(
          Field.text("name").asRequired().withLength(1, 128).withPattern(NOT_BLANK, "must not be blank"),
          Field.text("description").withLength(0, 1024),
          Field.text("avatar_url").withLength(1, 2048),
          Field.text("owner_id").asRequired().asServerSet().withLength(1, 128),
          Field.bool("is_public").withDefault(JsonValue.TRUE),
          Field.integer("max_members").withRange(1, MAX_MEMBERS).withDefault(Json.createValue(100)),
          // An object: checked by GroupRoutes, which also bounds its size.
          Field.json("metadata").withDefault(JsonValue.EMPTY_JSON_OBJECT),
          Field.integer("member_count").asRequired().asServerSet())
      .timestamps()
      .creationOrder()
      .orderBy("name")
      .notFound("not_found", "no group with this id that the user may see")
      .build();

  /** A user's membership; a user is in a group once. */
  static final Resource MEMBERS = Resource.in("group_members", Owner.PROJECT).withId()
      .field(
          Field.uuid("group_id").asRequired().asServerSet(),
          Field.text("app_user_id").asRequired().asServerSet().withLength(1, 128),
          Field.text("role").asRequired().withValues(OWNER, ADMIN, MEMBER),
          Field.timestamp("joined_at").asRequired().asServerSet())
      .creationOrder()
      .unique("group_id", "app_user_id")
      .orderBy("joined_at")
      .notFound("not_found", "the group has no member with this user id")
      .build();

  /** The body of {@code POST /groups/{groupId}/invite}: checked like a create body, never a table. */
  static final Resource INVITE_BODY = Resource.in("group_invite_body", Owner.PROJECT)
      .field(Field.text("user_id").asRequired().withLength(1, 128))
      .build();
}
