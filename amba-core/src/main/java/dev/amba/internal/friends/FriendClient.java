package dev.amba.internal.friends;

import dev.amba.friends.Friendship;
import dev.amba.friends.FriendshipView;
import dev.amba.friends.PendingDirection;
import dev.amba.friends.UserFriends;
import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.endpoint.FriendEndpoints;
import dev.amba.internal.http.Scope;
import dev.amba.internal.util.ModuleNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

public final class FriendClient implements UserFriends {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, FriendWire.Row.class);

  private final UserCalls calls;

  public FriendClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public Friendship sendRequest(String userId) {
    otherUser(userId, "a friend request to");
    return calls.call(FriendEndpoints.REQUEST).body(Map.of("addressee_id", userId))
        .<FriendWire.Row>data(FriendWire.Row.class).toFriendship();
  }

  @Override
  public Friendship accept(String friendshipId) {
    return onRow(FriendEndpoints.ACCEPT, friendshipId);
  }

  @Override
  public void reject(String friendshipId) {
    ModuleNames.uuid(friendshipId, "friendshipId");
    calls.call(FriendEndpoints.REJECT, friendshipId).data(Map.class);
  }

  @Override
  public Friendship block(String friendshipId) {
    return onRow(FriendEndpoints.BLOCK, friendshipId);
  }

  @Override
  public void unblock(String friendshipId) {
    ModuleNames.uuid(friendshipId, "friendshipId");
    calls.call(FriendEndpoints.UNBLOCK, friendshipId).data(Map.class);
  }

  @Override
  public List<FriendshipView> getAll() {
    return views(calls.call(FriendEndpoints.LIST).data(ROWS));
  }

  @Override
  public List<FriendshipView> getPending() {
    return getPending(PendingDirection.INCOMING);
  }

  @Override
  public List<FriendshipView> getPending(PendingDirection direction) {
    Objects.requireNonNull(direction, "direction");
    return views(calls.call(FriendEndpoints.PENDING).query("direction", direction.name().toLowerCase(Locale.ROOT))
        .data(ROWS));
  }

  @Override
  public void removeFriend(String userId) {
    otherUser(userId, "a friendship with");
    calls.call(FriendEndpoints.REMOVE, userId).data(Map.class);
  }

  @Override
  public Friendship blockUser(String userId) {
    otherUser(userId, "a block of");
    return calls.call(FriendEndpoints.BLOCK_USER, userId).<FriendWire.Row>data(FriendWire.Row.class).toFriendship();
  }

  private Friendship onRow(Endpoint endpoint, String friendshipId) {
    ModuleNames.uuid(friendshipId, "friendshipId");
    return calls.call(endpoint, friendshipId).<FriendWire.Row>data(FriendWire.Row.class).toFriendship();
  }

  /** A well-formed user id that is not the acting user's: a pair needs two users. */
  private void otherUser(String userId, String what) {
    UserIds.check(userId, "userId");
    if (calls.scope() instanceof Scope.OnBehalfOf self && self.uid().equals(userId)) {
      throw new IllegalArgumentException("userId is the acting user's own id; there is no " + what + " oneself");
    }
  }

  private static List<FriendshipView> views(List<FriendWire.Row> rows) {
    return rows.stream().map(FriendWire.Row::toView).toList();
  }
}
