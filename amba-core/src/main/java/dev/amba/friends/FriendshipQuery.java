package dev.amba.friends;

import dev.amba.internal.UserIds;
import java.util.Objects;
import java.util.Optional;

/**
 * Which pairs an admin lists: optionally one status, optionally those one user is in. Immutable:
 * each method returns a new value.
 *
 * <pre>{@code
 * amba.friends().listAll(FriendshipQuery.all().status(FriendshipStatus.BLOCKED).userId(uid));
 * }</pre>
 */
public final class FriendshipQuery {

  private final FriendshipStatus status;
  private final String userId;

  private FriendshipQuery(FriendshipStatus status, String userId) {
    this.status = status;
    this.userId = userId;
  }

  /** Every pair. */
  public static FriendshipQuery all() {
    return new FriendshipQuery(null, null);
  }

  /** Only the pairs in this status. */
  public FriendshipQuery status(FriendshipStatus status) {
    return new FriendshipQuery(Objects.requireNonNull(status, "status"), userId);
  }

  /** Only the pairs this user is in, on either side. */
  public FriendshipQuery userId(String userId) {
    return new FriendshipQuery(status, UserIds.check(userId, "userId"));
  }

  public Optional<FriendshipStatus> statusFilter() {
    return Optional.ofNullable(status);
  }

  public Optional<String> userFilter() {
    return Optional.ofNullable(userId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FriendshipQuery q && Objects.equals(q.status, status) && Objects.equals(q.userId, userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, userId);
  }

  @Override
  public String toString() {
    return "FriendshipQuery{status=" + status + ", userId=" + userId + '}';
  }
}
