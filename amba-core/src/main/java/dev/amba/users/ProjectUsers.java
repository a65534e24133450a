package dev.amba.users;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/** Admin access to the project's end users (server key). */
public interface ProjectUsers {

  /**
   * One user by id.
   *
   * @throws dev.amba.AmbaNotFoundException when there is no such user in the project
   */
  AppUser get(String userId);

  /** One page of users. */
  OffsetPage<AppUser> list(UserQuery query);

  /**
   * Every matching user, fetched a page at a time as the stream is consumed; nothing is loaded
   * ahead. Close the stream or consume it; it holds no connection between pages.
   */
  Stream<AppUser> listAll(UserQuery query);
}
