package dev.amba.internal.groups;

import static dev.amba.internal.groups.GroupWire.groupId;

import dev.amba.OffsetPage;
import dev.amba.groups.Group;
import dev.amba.groups.GroupMember;
import dev.amba.groups.GroupMemberView;
import dev.amba.groups.GroupRole;
import dev.amba.groups.GroupUpdate;
import dev.amba.groups.NewGroup;
import dev.amba.groups.ProjectGroups;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.GroupEndpoints;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Every group of the project, and roles (server key). */
public final class GroupAdmin implements ProjectGroups {

  private final ProjectCalls calls;

  public GroupAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Group create(NewGroup group, String ownerId) {
    Objects.requireNonNull(group, "group");
    UserIds.check(ownerId, "ownerId");
    Map<String, Object> body = new LinkedHashMap<>(WireForms.of(group));
    body.put("owner_id", ownerId);
    return calls.call(GroupEndpoints.ADMIN_CREATE).body(body).<GroupWire.Row>data(GroupWire.Row.class).toPublic();
  }

  @Override
  public OffsetPage<Group> list(int offset, int limit) {
    return Paging.page(calls.call(GroupEndpoints.ADMIN_LIST), offset, limit, GroupWire.PAGE,
        GroupWire.Row.class, GroupWire.Row::toPublic);
  }

  @Override
  public Stream<Group> list() {
    return Paging.walk(() -> calls.call(GroupEndpoints.ADMIN_LIST), 0, GroupWire.PAGE,
        GroupWire.Row.class, GroupWire.Row::toPublic);
  }

  @Override
  public Group update(String groupId, GroupUpdate update) {
    groupId(groupId);
    return calls.call(GroupEndpoints.ADMIN_UPDATE, groupId).body(WireForms.ofUpdate(update))
        .<GroupWire.Row>data(GroupWire.Row.class).toPublic();
  }

  @Override
  public void delete(String groupId) {
    calls.call(GroupEndpoints.ADMIN_DELETE, groupId(groupId)).data(Map.class);
  }

  @Override
  public OffsetPage<GroupMemberView> members(String groupId, int offset, int limit) {
    return Paging.page(calls.call(GroupEndpoints.ADMIN_MEMBERS, groupId(groupId)), offset, limit,
        GroupWire.PAGE, GroupWire.Member.class, GroupWire.Member::toView);
  }

  @Override
  public Stream<GroupMemberView> members(String groupId) {
    groupId(groupId);
    return Paging.walk(() -> calls.call(GroupEndpoints.ADMIN_MEMBERS, groupId), 0, GroupWire.PAGE,
        GroupWire.Member.class, GroupWire.Member::toView);
  }

  @Override
  public GroupMember setRole(String groupId, String userId, GroupRole role) {
    groupId(groupId);
    UserIds.check(userId, "userId");
    GroupArguments.role(role);
    return calls.call(GroupEndpoints.ADMIN_MEMBER_UPDATE, groupId, userId).body(Map.of("role", role.value()))
        .<GroupWire.Member>data(GroupWire.Member.class).toMember();
  }

  @Override
  public void removeMember(String groupId, String userId) {
    groupId(groupId);
    UserIds.check(userId, "userId");
    calls.call(GroupEndpoints.ADMIN_MEMBER_DELETE, groupId, userId).data(Map.class);
  }
}
