package dev.amba.internal.groups;

import static dev.amba.internal.groups.GroupWire.groupId;

import dev.amba.OffsetPage;
import dev.amba.groups.Group;
import dev.amba.groups.GroupMember;
import dev.amba.groups.GroupMemberView;
import dev.amba.groups.GroupMembership;
import dev.amba.groups.GroupUpdate;
import dev.amba.groups.NewGroup;
import dev.amba.groups.UserGroups;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.UserCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.GroupEndpoints;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class GroupClient implements UserGroups {

  private static final java.lang.reflect.Type MINE = Json.parameterized(List.class, GroupWire.Mine.class);

  private final UserCalls calls;

  public GroupClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public Group create(NewGroup group) {
    Objects.requireNonNull(group, "group");
    return calls.call(GroupEndpoints.CREATE).body(WireForms.of(group)).<GroupWire.Row>data(GroupWire.Row.class)
        .toPublic();
  }

  @Override
  public List<GroupMembership> getMine() {
    List<GroupWire.Mine> mine = calls.call(GroupEndpoints.MINE).data(MINE);
    return mine.stream().map(GroupWire.Mine::toPublic).toList();
  }

  @Override
  public OffsetPage<Group> search(String query, int offset, int limit) {
    GroupArguments.query(query);
    return Paging.page(calls.call(GroupEndpoints.SEARCH).query("q", query), offset, limit, GroupWire.PAGE,
        GroupWire.Row.class, GroupWire.Row::toPublic);
  }

  @Override
  public Stream<Group> search(String query) {
    GroupArguments.query(query);
    return Paging.walk(() -> calls.call(GroupEndpoints.SEARCH).query("q", query), 0, GroupWire.PAGE,
        GroupWire.Row.class, GroupWire.Row::toPublic);
  }

  @Override
  public GroupMember join(String groupId) {
    return calls.call(GroupEndpoints.JOIN, groupId(groupId)).<GroupWire.Member>data(GroupWire.Member.class)
        .toMember();
  }

  @Override
  public void leave(String groupId) {
    calls.call(GroupEndpoints.LEAVE, groupId(groupId)).data(Map.class);
  }

  @Override
  public OffsetPage<GroupMemberView> getMembers(String groupId, int offset, int limit) {
    return Paging.page(calls.call(GroupEndpoints.MEMBERS, groupId(groupId)), offset, limit,
        GroupWire.PAGE, GroupWire.Member.class, GroupWire.Member::toView);
  }

  @Override
  public Stream<GroupMemberView> getMembers(String groupId) {
    groupId(groupId);
    return Paging.walk(() -> calls.call(GroupEndpoints.MEMBERS, groupId), 0, GroupWire.PAGE,
        GroupWire.Member.class, GroupWire.Member::toView);
  }

  @Override
  public Group get(String groupId) {
    return calls.call(GroupEndpoints.GET, groupId(groupId)).<GroupWire.Row>data(GroupWire.Row.class).toPublic();
  }

  @Override
  public Group update(String groupId, GroupUpdate update) {
    groupId(groupId);
    return calls.call(GroupEndpoints.UPDATE, groupId).body(WireForms.ofUpdate(update))
        .<GroupWire.Row>data(GroupWire.Row.class).toPublic();
  }

  @Override
  public void delete(String groupId) {
    calls.call(GroupEndpoints.DELETE, groupId(groupId)).data(Map.class);
  }

  @Override
  public GroupMember invite(String groupId, String userId) {
    groupId(groupId);
    UserIds.check(userId, "userId");
    return calls.call(GroupEndpoints.INVITE, groupId).body(Map.of("user_id", userId))
        .<GroupWire.Member>data(GroupWire.Member.class).toMember();
  }
}
