package dev.amba.internal.groups;

import dev.amba.groups.Group;
import dev.amba.groups.GroupMember;
import dev.amba.groups.GroupMemberView;
import dev.amba.groups.GroupMembership;
import dev.amba.groups.GroupRole;
import dev.amba.groups.UserGroups;
import dev.amba.internal.util.JsonValues;
import dev.amba.internal.util.ModuleNames;
import dev.amba.users.UserSummary;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * Group answers as they arrive (23.3). The 4.x core decodes a group with {@code created_by} for
 * {@code owner_id}, and a member as {@code {group_id, user_id, role, joined_at}}: those names are
 * read when the protocol's are absent, and never sent.
 */
public final class GroupWire {

  private GroupWire() {}

  /** The largest page the service serves (M2): the bound of a page asked for, and what the streams walk with. */
  static final int PAGE = UserGroups.MAX_PAGE;

  public record Row(
      String id,
      String name,
      String description,
      String avatarUrl,
      String ownerId,
      String createdBy,
      Boolean isPublic,
      Integer maxMembers,
      JsonObject metadata,
      Integer memberCount,
      Instant createdAt,
      Instant updatedAt) {

    Group toPublic() {
      // A group made without those settings is public and holds 100 (23.1).
      return new Group(id, name, description, avatarUrl, ownerId != null ? ownerId : createdBy,
          isPublic == null || isPublic, maxMembers == null ? 100 : maxMembers,
          metadata == null ? Map.of() : JsonValues.toMap(metadata), memberCount == null ? 0 : memberCount, createdAt,
          updatedAt != null ? updatedAt : createdAt);
    }
  }

  public record Member(
      String id,
      String groupId,
      String appUserId,
      String userId,
      String role,
      Instant joinedAt,
      Profile appUsers) {

    GroupMember toMember() {
      String role = this.role == null || this.role.isBlank() ? GroupRole.MEMBER.value() : this.role;
      return new GroupMember(id, groupId, appUserId != null ? appUserId : userId, new GroupRole(role), joinedAt);
    }

    GroupMemberView toView() {
      GroupMember m = toMember();
      return new GroupMemberView(m, appUsers == null ? new UserSummary(m.userId(), null, null)
          : new UserSummary(m.userId(), appUsers.displayName(), appUsers.avatarUrl()));
    }
  }

  /** {@code {display_name, avatar_url}} of a member. */
  public record Profile(String displayName, String avatarUrl) {}

  /** One entry of {@code GET /groups/mine}: {@code {role, groups: Group}}. */
  public record Mine(String role, Row groups) {

    GroupMembership toPublic() {
      return new GroupMembership(new GroupRole(role == null ? GroupRole.MEMBER.value() : role), groups.toPublic());
    }
  }

  static String groupId(String groupId) {
    return ModuleNames.uuid(groupId, "groupId");
  }
}
