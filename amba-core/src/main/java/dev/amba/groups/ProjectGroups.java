package dev.amba.groups;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * Admin: every group of the project, from {@code amba.groups()} (server key). Besides what a
 * group's owner may do, admins of the project set roles, which is how ownership moves: making a
 * member owner demotes the old owner to admin, so a group always has exactly one.
 */
public interface ProjectGroups {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Creates a group owned by {@code ownerId}, who becomes its first member.
   *
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   */
  Group create(NewGroup group, String ownerId);

  /** One page of every group, public or private, by name. */
  OffsetPage<Group> list(int offset, int limit);

  /** Every group, by name, a page at a time as the stream is consumed. */
  Stream<Group> list();

  /**
   * Changes the settings {@code update} sets.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) for a {@code maxMembers} below the
   *     member count
   */
  Group update(String groupId, GroupUpdate update);

  /** Deletes a group with its memberships. */
  void delete(String groupId);

  /** One page of a group's members, in the order they joined. */
  OffsetPage<GroupMemberView> members(String groupId, int offset, int limit);

  /** Every member of a group, a page at a time as the stream is consumed. */
  Stream<GroupMemberView> members(String groupId);

  /**
   * Sets a member's role. {@link GroupRole#OWNER} transfers ownership: the old owner becomes an
   * admin in the same step.
   *
   * @throws dev.amba.AmbaBadRequestException ({@code owner_required}) when it would demote the owner,
   *     which leaves the group without one; transfer ownership to another member instead
   * @throws dev.amba.AmbaNotFoundException when the user is not a member of this group
   */
  GroupMember setRole(String groupId, String userId, GroupRole role);

  /**
   * Removes a member.
   *
   * @throws dev.amba.AmbaBadRequestException ({@code owner_cannot_leave}) for the owner
   * @throws dev.amba.AmbaNotFoundException when the user is not a member of this group
   */
  void removeMember(String groupId, String userId);
}
