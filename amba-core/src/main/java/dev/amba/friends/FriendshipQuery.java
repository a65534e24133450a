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

  /**
   * Every pair.
   *
   * @return a query without a status or user filter
   */
  public static FriendshipQuery all() {
    return new FriendshipQuery(null, null);
  }

  /**
   * Only the pairs in this status.
   *
   * @param status the status to keep, such as {@link FriendshipStatus#BLOCKED}
   * @return a copy filtered by the status
   * @throws NullPointerException if {@code status} is null
   */
  public FriendshipQuery status(FriendshipStatus status) {
    return new FriendshipQuery(Objects.requireNonNull(status, "status"), userId);
  }

  /**
   * Only the pairs this user is in, on either side.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @return a copy filtered by the user
   * @throws IllegalArgumentException if {@code userId} breaks that rule
   */
  public FriendshipQuery userId(String userId) {
    return new FriendshipQuery(status, UserIds.check(userId, "userId"));
  }

  /**
   * The status the query keeps.
   *
   * @return the status, or empty when every status is listed
   */
  public Optional<FriendshipStatus> statusFilter() {
    return Optional.ofNullable(status);
  }

  /**
   * The user whose pairs the query keeps.
   *
   * @return the user's id, or empty when every user's pairs are listed
   */
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
