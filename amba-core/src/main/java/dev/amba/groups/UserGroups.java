package dev.amba.groups;

import dev.amba.OffsetPage;
import java.util.List;
import java.util.stream.Stream;

/**
 * The groups as the acting user sees and runs them, from {@code amba.asUser(uid).groups()}. A
 * group's creator is its owner; the owner and its admins change the settings and invite, the
 * members read. Public groups are found by search and joined by anyone; a private group is joined by
 * invitation, and answers 404 to whoever is not in it.
 *
 * <pre>{@code
 * Group club = amba.asUser(ada).groups().create(NewGroup.named("Chess club").publicGroup(false));
 * amba.asUser(ada).groups().invite(club.id(), bob);
 * amba.asUser(bob).groups().getMine();   // one GroupMembership: member of Chess club
 * }</pre>
 */
public interface UserGroups {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Creates a group with the acting user as its owner (and first member).
   *
   * @param group the name and settings
   * @return the group as stored, with its id and a member count of 1
   */
  Group create(NewGroup group);

  /**
   * The groups the acting user is in, each with its role there, in the order joined.
   *
   * @return the memberships, empty when the user is in no group
   */
  List<GroupMembership> getMine();

  /**
   * One page of the public groups whose name contains {@code query}, ignoring case and taking
   * {@code %} and {@code _} literally, by name.
   *
   * @param query 0..128 characters; empty finds every public group
   * @param offset how many groups to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws NullPointerException when {@code query} is null
   * @throws IllegalArgumentException when {@code query} is too long or {@code offset} or
   *     {@code limit} is out of range
   */
  OffsetPage<Group> search(String query, int offset, int limit);

  /**
   * Every public group whose name contains {@code query}, a page at a time as the stream is consumed.
   *
   * @param query 0..128 characters; empty finds every public group
   * @return a lazy stream of the groups, by name, empty when none match
   * @throws NullPointerException when {@code query} is null
   */
  Stream<Group> search(String query);

  /**
   * Joins a public group as a member; a member already gets its row back, unchanged.
   *
   * @param groupId the group's id, a UUID
   * @return the acting user's membership, new or the one that exists
   * @throws dev.amba.AmbaPermissionException ({@code group_private}) for a private group
   * @throws dev.amba.AmbaConflictException ({@code group_full}) when it has {@code maxMembers} members
   * @throws dev.amba.AmbaNotFoundException when the project has no such group
   */
  GroupMember join(String groupId);

  /**
   * Leaves a group.
   *
   * @param groupId the group's id, a UUID
   * @throws dev.amba.AmbaBadRequestException ({@code owner_cannot_leave}) for its owner
   * @throws dev.amba.AmbaNotFoundException ({@code not_a_member}) when the user is not in it
   */
  void leave(String groupId);

  /**
   * One page of a group's members, in the order they joined.
   *
   * @param groupId the group's id, a UUID
   * @param offset how many members to skip, at least 0
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page, its items empty past the end
   * @throws dev.amba.AmbaPermissionException ({@code not_a_member}) for a private group the user is
   *     not in
   * @throws dev.amba.AmbaNotFoundException when the project has no such group
   */
  OffsetPage<GroupMemberView> getMembers(String groupId, int offset, int limit);

  /**
   * Every member of a group, a page at a time as the stream is consumed; see
   * {@link #getMembers(String, int, int)}.
   *
   * @param groupId the group's id, a UUID
   * @return a lazy stream of the members, in the order they joined
   */
  Stream<GroupMemberView> getMembers(String groupId);

  /**
   * One group.
   *
   * @param groupId the group's id, a UUID
   * @return the group as it is now
   * @throws dev.amba.AmbaNotFoundException when there is no such group, or it is private and the
   *     user is not in it
   */
  Group get(String groupId);

  /**
   * Changes the settings {@code update} sets; for the group's owner and admins.
   *
   * @param groupId the group's id, a UUID
   * @param update the settings to change; at least one
   * @return the group with its new settings
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaPermissionException ({@code forbidden_role}) for a plain member or an outsider
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_input}) for a {@code maxMembers} below the
   *     member count
   */
  Group update(String groupId, GroupUpdate update);

  /**
   * Deletes the group with its memberships; for its owner alone.
   *
   * @param groupId the group's id, a UUID
   * @throws dev.amba.AmbaPermissionException ({@code forbidden_role}) for anyone else
   */
  void delete(String groupId);

  /**
   * Adds a user to the group as a member, private or not; for the group's owner and admins. A member
   * already gets its row back, unchanged.
   *
   * @param groupId the group's id, a UUID
   * @param userId the user to add, 1..255 characters
   * @return the user's membership, new or the one that exists
   * @throws dev.amba.AmbaPermissionException ({@code forbidden_role}) for a plain member or an outsider
   * @throws dev.amba.AmbaConflictException ({@code group_full}) when it has {@code maxMembers} members
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   */
  GroupMember invite(String groupId, String userId);
}
