package dev.amba.internal.friends;

import dev.amba.OffsetPage;
import dev.amba.friends.FriendshipQuery;
import dev.amba.friends.FriendshipStats;
import dev.amba.friends.FriendshipView;
import dev.amba.friends.ProjectFriends;
import dev.amba.internal.Api;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.endpoint.FriendEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Every pair of the project (server key). */
public final class FriendAdmin implements ProjectFriends {

  private final ProjectCalls calls;

  public FriendAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public FriendshipStats stats() {
    FriendWire.Stats s = calls.call(FriendEndpoints.ADMIN_STATS).data(FriendWire.Stats.class);
    return new FriendshipStats(n(s.totalFriendships()), n(s.pendingRequests()), n(s.acceptedFriendships()),
        n(s.blockedCount()));
  }

  @Override
  public OffsetPage<FriendshipView> list(FriendshipQuery query, int offset, int limit) {
    Objects.requireNonNull(query, "query");
    return Paging.page(listOf(query), offset, limit, MAX_PAGE, FriendWire.Row.class, FriendWire.Row::toView);
  }

  @Override
  public Stream<FriendshipView> listAll(FriendshipQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.walk(() -> listOf(query), 0, MAX_PAGE, FriendWire.Row.class, FriendWire.Row::toView);
  }

  private Api.Call listOf(FriendshipQuery query) {
    return calls.call(FriendEndpoints.ADMIN_LIST)
        .query("status", query.statusFilter().map(Object::toString).orElse(null))
        .query("user_id", query.userFilter().orElse(null));
  }

  @Override
  public void delete(String friendshipId) {
    ModuleNames.uuid(friendshipId, "friendshipId");
    calls.call(FriendEndpoints.ADMIN_DELETE, friendshipId).data(Map.class);
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
