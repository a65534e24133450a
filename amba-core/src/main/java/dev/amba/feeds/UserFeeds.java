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
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<FeedItem> get(int offset, int limit);

  /** The items of the acting user and its friends, a page at a time as the stream is consumed. */
  Stream<FeedItem> get();

  /** One page of the acting user's own items. */
  OffsetPage<FeedItem> getMine(int offset, int limit);

  /** The acting user's own items, a page at a time as the stream is consumed. */
  Stream<FeedItem> getMine();

  /**
   * One page of the items of a group's current members, for a member of the group.
   *
   * @throws dev.amba.AmbaPermissionException ({@code not_a_member}) when the user is not in the group
   * @throws dev.amba.AmbaNotFoundException when the project has no such group
   */
  OffsetPage<FeedItem> getGroup(String groupId, int offset, int limit);

  /** The group's feed, a page at a time as the stream is consumed; see {@link #getGroup(String, int, int)}. */
  Stream<FeedItem> getGroup(String groupId);
}
