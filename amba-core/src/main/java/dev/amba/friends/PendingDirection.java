package dev.amba.friends;

/** Which of a user's pending requests to list. */
public enum PendingDirection {
  /** Requests sent to the user, which the user may accept or reject. */
  INCOMING,
  /** Requests the user sent, which the user may withdraw with {@link UserFriends#removeFriend}. */
  OUTGOING
}
