package dev.amba.users;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/** Admin access to the project's end users (server key). */
public interface ProjectUsers {

  /**
   * One user by id.
   *
   * @param userId the user's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @return the user with its email and properties
   * @throws IllegalArgumentException if {@code userId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when there is no such user in the project
   */
  AppUser get(String userId);

  /**
   * One page of users.
   *
   * @param query the search text, segment and page window
   * @return the page's users and the total that match; empty past the last
   * @throws NullPointerException if {@code query} is null
   */
  OffsetPage<AppUser> list(UserQuery query);

  /**
   * Every matching user, fetched a page at a time as the stream is consumed; nothing is loaded
   * ahead. Close the stream or consume it; it holds no connection between pages.
   *
   * @param query the search text and segment; its limit sets the page size, and its offset where
   *     the stream starts
   * @return a lazy stream of every matching user
   * @throws NullPointerException if {@code query} is null
   */
  Stream<AppUser> listAll(UserQuery query);
}
