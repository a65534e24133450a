package dev.amba.sessions;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/** Admin: every user's sessions and their analytics, from {@code amba.sessions()} (server key). */
public interface ProjectSessions {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /** The analytics of the last 7 days. */
  SessionAnalytics analytics();

  SessionAnalytics analytics(SessionPeriod period);

  /**
   * One page of every user's sessions, newest first.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<AppSession> list(int offset, int limit);

  /** Every session of the project, newest first, fetched a page at a time. */
  Stream<AppSession> listAll();
}
