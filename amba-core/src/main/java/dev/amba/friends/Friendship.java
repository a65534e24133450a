package dev.amba.friends;

import java.time.Instant;
import java.util.Objects;

/**
 * The one row a pair of users shares, whoever asked first (22.3).
 *
 * @param id the row's id; the accept, reject, block and unblock calls take it
 * @param requesterId the user who sent the request (or who blocked a pair that had no row)
 * @param addresseeId the user the request went to; the only one who may accept or reject it
 * @param blockedBy the user who blocked the pair, the only one who may unblock it; null unless
 *     {@code status} is blocked
 * @param status where the pair stands
 * @param createdAt when the row was made
 * @param updatedAt when the row last changed status
 */
public record Friendship(
    String id,
    String requesterId,
    String addresseeId,
    FriendshipStatus status,
    String blockedBy,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A row.
   *
   * @param id the row's id
   * @param requesterId the requester
   * @param addresseeId the addressee
   * @param status where the pair stands, not null
   * @param blockedBy the blocker, or null
   * @param createdAt when the row was made
   * @param updatedAt when it last changed
   * @throws NullPointerException if {@code status} is null
   */
  public Friendship {
    Objects.requireNonNull(status, "status");
  }

  /**
   * The other participant of the pair, seen from {@code userId}.
   *
   * @param userId one of the two users' ids
   * @return the other user's id
   * @throws IllegalArgumentException when {@code userId} is not one of the two
   */
  public String otherThan(String userId) {
    if (userId.equals(requesterId)) {
      return addresseeId;
    }
    if (userId.equals(addresseeId)) {
      return requesterId;
    }
    throw new IllegalArgumentException("userId " + userId + " is not in friendship " + id);
  }
}
