package dev.amba.sessions;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/** Admin: every user's sessions and their analytics, from {@code amba.sessions()} (server key). */
public interface ProjectSessions {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * The analytics of the last 7 days.
   *
   * @return the sessions' counts and durations over {@link SessionPeriod#DAYS_7}
   */
  SessionAnalytics analytics();

  /**
   * The analytics of a period.
   *
   * @param period the window to count, such as {@link SessionPeriod#DAYS_30}
   * @return the sessions' counts and durations over the period
   * @throws NullPointerException if {@code period} is null
   */
  SessionAnalytics analytics(SessionPeriod period);

  /**
   * One page of every user's sessions, newest first.
   *
   * @param offset how many sessions to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's sessions and the total; empty past the last
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<AppSession> list(int offset, int limit);

  /**
   * Every session of the project, newest first, fetched a page at a time.
   *
   * @return a lazy stream of every session, {@value #MAX_PAGE} a request
   */
  Stream<AppSession> listAll();
}
