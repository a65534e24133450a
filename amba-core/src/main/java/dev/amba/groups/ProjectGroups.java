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
   * @param group the name and settings
   * @param ownerId the owner's user id, 1..255 characters
   * @return the group as stored, with its id and a member count of 1
   * @throws IllegalArgumentException when {@code ownerId} is not a well-formed user id
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   */
  Group create(NewGroup group, String ownerId);

  /**
   * One page of every group, public or private, by name.
   *
   * @param offset how many groups to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when {@code offset} or {@code limit} is out of range
   */
  OffsetPage<Group> list(int offset, int limit);

  /**
   * Every group, by name, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the groups, empty when there are none
   */
  Stream<Group> list();

  /**
   * Changes the settings {@code update} sets.
   *
   * @param groupId the group's id, a UUID
   * @param update the settings to change; at least one
   * @return the group with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) for a {@code maxMembers} below the
   *     member count
   */
  Group update(String groupId, GroupUpdate update);

  /**
   * Deletes a group with its memberships.
   *
   * @param groupId the group's id, a UUID
   * @throws IllegalArgumentException when {@code groupId} is not a UUID
   */
  void delete(String groupId);

  /**
   * One page of a group's members, in the order they joined.
   *
   * @param groupId the group's id, a UUID
   * @param offset how many members to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws IllegalArgumentException when the id is not a UUID or {@code offset} or {@code limit} is
   *     out of range
   */
  OffsetPage<GroupMemberView> members(String groupId, int offset, int limit);

  /**
   * Every member of a group, in the order they joined, a page at a time as the stream is consumed.
   *
   * @param groupId the group's id, a UUID
   * @return a lazy stream of the members, the owner among them
   */
  Stream<GroupMemberView> members(String groupId);

  /**
   * Sets a member's role. {@link GroupRole#OWNER} transfers ownership: the old owner becomes an
   * admin in the same step.
   *
   * @param groupId the group's id, a UUID
   * @param userId the member's user id
   * @param role {@link GroupRole#OWNER}, {@link GroupRole#ADMIN} or {@link GroupRole#MEMBER}
   * @return the membership with its new role
   * @throws IllegalArgumentException for another role, before anything is sent
   * @throws dev.amba.AmbaBadRequestException ({@code owner_required}) when it would demote the owner,
   *     which leaves the group without one; transfer ownership to another member instead
   * @throws dev.amba.AmbaNotFoundException when the user is not a member of this group
   */
  GroupMember setRole(String groupId, String userId, GroupRole role);

  /**
   * Removes a member.
   *
   * @param groupId the group's id, a UUID
   * @param userId the member's user id
   * @throws dev.amba.AmbaBadRequestException ({@code owner_cannot_leave}) for the owner
   * @throws dev.amba.AmbaNotFoundException when the user is not a member of this group
   */
  void removeMember(String groupId, String userId);
}
