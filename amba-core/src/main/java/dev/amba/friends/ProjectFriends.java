package dev.amba.friends;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * Admin: every pair of the project, from {@code amba.friends()} (server key). Admins read and
 * delete rows; they never move a pair through its states, which only its participants do.
 */
public interface ProjectFriends {

  /** How many pairs there are, in all and by status. */
  FriendshipStats stats();

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * One page of the pairs the query selects, oldest first, each with both users.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<FriendshipView> list(FriendshipQuery query, int offset, int limit);

  /** Every pair the query selects, oldest first, fetched a page at a time as the stream is consumed. */
  Stream<FriendshipView> listAll(FriendshipQuery query);

  /** Deletes a pair's row, whatever its status; a row already gone is no error. */
  void delete(String friendshipId);
}
