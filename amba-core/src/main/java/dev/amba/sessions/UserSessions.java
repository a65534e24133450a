package dev.amba.sessions;

import dev.amba.OffsetPage;
import java.util.stream.Stream;

/**
 * The acting user's app sessions, from {@code amba.asUser(uid).sessions()}, each named by the app's
 * own session id. Another user's session id answers 404 like a missing one.
 */
public interface UserSessions {

  /** The largest page the service serves. */
  int MAX_PAGE = 100;

  /**
   * Starts a session, writing {@code session_started} into the user's events. Starting a session id
   * the user has already started answers that row and writes nothing.
   *
   * @param session the session's id and what the app tells of it
   * @return the session as stored, open
   * @throws NullPointerException if {@code session} is null
   */
  AppSession start(NewSession session);

  /**
   * Ends an open session, writing {@code session_ended}; an ended session answers unchanged.
   *
   * @param sessionId the app's own id of the session, 1 to 128 characters, not blank and usable as one URL path
   *     segment
   * @return the session as stored, ended, with its duration
   * @throws IllegalArgumentException if {@code sessionId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code update_failed}) for a session id the user never started
   */
  AppSession end(String sessionId);

  /**
   * Brings an open session's duration up to now.
   *
   * @param sessionId the app's own id of the session, 1 to 128 characters, not blank and usable as one URL path
   *     segment
   * @return the session as stored, with its duration up to now
   * @throws IllegalArgumentException if {@code sessionId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code update_failed}) when the session is unknown or ended
   */
  AppSession heartbeat(String sessionId);

  /**
   * One page of the user's sessions, newest first.
   *
   * @param offset how many sessions to skip, 0 or more
   * @param limit 1 to {@value #MAX_PAGE}
   * @return the page's sessions and the total; empty past the last
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range, before
   *     anything is sent
   */
  OffsetPage<AppSession> list(int offset, int limit);

  /**
   * Every session of the user, newest first, fetched a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the user's sessions, {@value #MAX_PAGE} a request
   */
  Stream<AppSession> listAll();

  /**
   * Ends the session when it is open (the 4.x core's {@code revoke}); the row stays.
   *
   * @param sessionId the app's own id of the session, 1 to 128 characters, not blank and usable as one URL path
   *     segment
   * @return the session as stored, ended
   * @throws IllegalArgumentException if {@code sessionId} breaks that rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException for a session id the user never started
   */
  AppSession revoke(String sessionId);
}
