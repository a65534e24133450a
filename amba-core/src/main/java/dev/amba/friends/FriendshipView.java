package dev.amba.friends;

import dev.amba.users.UserSummary;
import java.util.Objects;

/**
 * A pair's row with what both users show of themselves, as the friend lists read it.
 *
 * @param friendship the pair's row
 * @param requester the requester's id, display name and avatar
 * @param addressee the addressee's id, display name and avatar
 */
public record FriendshipView(Friendship friendship, UserSummary requester, UserSummary addressee) {

  /**
   * A view.
   *
   * @param friendship the pair's row
   * @param requester the requester's summary
   * @param addressee the addressee's summary
   * @throws NullPointerException if any of them is null
   */
  public FriendshipView {
    Objects.requireNonNull(friendship, "friendship");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(addressee, "addressee");
  }

  /**
   * The participant who is not {@code userId}: in a user's own list, the friend.
   *
   * @param userId one of the two users' ids
   * @return the other user's id, display name and avatar
   * @throws IllegalArgumentException when {@code userId} is not one of the two
   */
  public UserSummary otherThan(String userId) {
    return friendship.otherThan(userId).equals(requester.id()) ? requester : addressee;
  }
}
