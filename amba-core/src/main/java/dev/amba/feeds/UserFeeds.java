package dev.amba.feeds;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * The activity feeds the acting user may read, from {@code amba.asUser(uid).feeds()}, newest first.
 * Items come from the project's feed rules, one per rule for each matching event. A user never sees
 * the items of a user it is in a blocked pair with, in any feed.
 *
 * <pre>{@code
 * amba.asUser(uid).feeds().get().limit(20).forEach(item -> show(item.actor().displayName(), item.action()));
 * }</pre>
 */
public interface UserFeeds {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * One page of the items of the acting user and its accepted friends.
   *
   * @param offset how many items to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's items, each with its actor, and the total; empty past the last
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<FeedItem> get(int offset, int limit);

  /**
   * The items of the acting user and its friends, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the items, newest first
   */
  Stream<FeedItem> get();

  /**
   * One page of the acting user's own items.
   *
   * @param offset how many items to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's items, each with its actor, and the total; empty past the last
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<FeedItem> getMine(int offset, int limit);

  /**
   * The acting user's own items, a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the user's items, newest first
   */
  Stream<FeedItem> getMine();

  /**
   * One page of the items of a group's current members, for a member of the group.
   *
   * @param groupId the group's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param offset how many items to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's items, each with its actor, and the total; empty past the last
   * @throws IllegalArgumentException if {@code groupId} is not a UUID, or {@code offset} or
   *     {@code limit} is out of range, before anything is sent
   * @throws dev.amba.AmbaPermissionException ({@code not_a_member}) when the user is not in the group
   * @throws dev.amba.AmbaNotFoundException when the project has no such group
   */
  OffsetPage<FeedItem> getGroup(String groupId, int offset, int limit);

  /**
   * The group's feed, a page at a time as the stream is consumed; see {@link #getGroup(String, int, int)}.
   *
   * @param groupId the group's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return a lazy stream of the group's items, newest first
   * @throws IllegalArgumentException if {@code groupId} is not a UUID, before anything is sent
   */
  Stream<FeedItem> getGroup(String groupId);
}
