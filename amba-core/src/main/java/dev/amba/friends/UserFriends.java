package dev.amba.friends;

import java.util.List;

/**
 * The acting user's friends, requests and blocks, from {@code amba.asUser(uid).friends()}. A pair
 * of users has one row, whoever asked first, and moves as 22.4 says: a request is pending until its
 * addressee accepts (friends) or rejects it (gone); either participant may block the pair, and only
 * the blocker may unblock it. A user never sees or moves a pair it is not in: such an id answers 404
 * like a missing one.
 *
 * <pre>{@code
 * Friendship sent = amba.asUser(ada).friends().sendRequest(bob);
 * amba.asUser(bob).friends().accept(sent.id());
 * amba.asUser(ada).friends().getAll();   // one FriendshipView, with Bob's name and avatar
 * }</pre>
 */
public interface UserFriends {

  /**
   * Sends a friend request to another user of the project.
   *
   * @param userId the addressee; not the acting user
   * @return the pending row
   * @throws IllegalArgumentException for the acting user's own id or a malformed one, before sending
   * @throws dev.amba.AmbaPermissionException ({@code blocked}) when the pair is blocked, whoever blocked
   * @throws dev.amba.AmbaConflictException ({@code already_exists}) when the pair has a pending or
   *     accepted row, in either direction
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   */
  Friendship sendRequest(String userId);

  /**
   * Accepts a request sent to the acting user: the two are friends.
   *
   * @param friendshipId the pair's row id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return the row, now accepted
   * @throws IllegalArgumentException if {@code friendshipId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code accept_failed}) unless the row is a pending
   *     request addressed to the acting user
   */
  Friendship accept(String friendshipId);

  /**
   * Rejects a request sent to the acting user; the row is deleted, so either may ask again.
   *
   * @param friendshipId the pair's row id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code friendshipId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException unless the row is a pending request addressed to the
   *     acting user
   */
  void reject(String friendshipId);

  /**
   * Blocks the pair of a pending or accepted row the acting user is in: no requests, no feed items
   * either way until the acting user unblocks it. A pair blocked already stays as it is.
   *
   * @param friendshipId the pair's row id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return the row, now blocked by the acting user (or by whoever blocked it first)
   * @throws IllegalArgumentException if {@code friendshipId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the acting user is not in the row
   */
  Friendship block(String friendshipId);

  /**
   * Lifts the acting user's block; the row is deleted, so the pair starts afresh.
   *
   * @param friendshipId the pair's row id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code friendshipId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaPermissionException ({@code not_blocker}) when the other user blocked
   * @throws dev.amba.AmbaNotFoundException when the acting user is not in the row or it is not blocked
   */
  void unblock(String friendshipId);

  /**
   * The acting user's friends: the accepted rows it is in, each with both users.
   *
   * @return the accepted rows; empty when the user has no friends yet
   */
  List<FriendshipView> getAll();

  /**
   * The pending requests sent to the acting user; the same as {@code getPending(INCOMING)}.
   *
   * @return the requests the user may accept or reject; empty when none
   */
  List<FriendshipView> getPending();

  /**
   * The pending requests sent to (incoming) or by (outgoing) the acting user.
   *
   * @param direction {@link PendingDirection#INCOMING} or {@link PendingDirection#OUTGOING}
   * @return the pending rows in that direction, each with both users; empty when none
   * @throws NullPointerException if {@code direction} is null
   */
  List<FriendshipView> getPending(PendingDirection direction);

  /**
   * Ends a friendship with {@code userId}, or withdraws the acting user's own pending request to
   * them. A blocked pair is left as it is (see {@link #unblock}); a request sent to the acting user is
   * answered with {@link #reject}.
   *
   * @param userId the friend's or addressee's id; not the acting user
   * @throws IllegalArgumentException for the acting user's own id or a malformed one, before sending
   * @throws dev.amba.AmbaNotFoundException when there is no such friendship or outgoing request
   */
  void removeFriend(String userId);

  /**
   * Blocks {@code userId}, friend or not: the pair's row turns blocked, or a blocked row is made.
   *
   * @param userId the user to block; not the acting user
   * @return the pair's row, blocked
   * @throws IllegalArgumentException for the acting user's own id or a malformed one, before sending
   * @throws dev.amba.AmbaNotFoundException ({@code user_not_found}) when the project has no such user
   */
  Friendship blockUser(String userId);
}
