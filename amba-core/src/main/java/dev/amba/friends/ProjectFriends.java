package dev.amba.friends;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * Admin: every pair of the project, from {@code amba.friends()} (server key). Admins read and
 * delete rows; they never move a pair through its states, which only its participants do.
 */
public interface ProjectFriends {

  /**
   * How many pairs there are, in all and by status.
   *
   * @return the project's counts of rows
   */
  FriendshipStats stats();

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * One page of the pairs the query selects, oldest first, each with both users.
   *
   * @param query which pairs to list
   * @param offset how many pairs to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's pairs and the total; empty past the last
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<FriendshipView> list(FriendshipQuery query, int offset, int limit);

  /**
   * Every pair the query selects, oldest first, fetched a page at a time as the stream is consumed.
   *
   * @param query which pairs to list
   * @return a lazy stream of the pairs, {@value #MAX_PAGE} a request
   * @throws NullPointerException if {@code query} is null
   */
  Stream<FriendshipView> listAll(FriendshipQuery query);

  /**
   * Deletes a pair's row, whatever its status; a row already gone is no error.
   *
   * @param friendshipId the pair's row id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code friendshipId} is not a UUID, before anything is sent
   */
  void delete(String friendshipId);
}
