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
   */
  AppSession start(NewSession session);

  /**
   * Ends an open session, writing {@code session_ended}; an ended session answers unchanged.
   *
   * @throws dev.amba.AmbaNotFoundException ({@code update_failed}) for a session id the user never started
   */
  AppSession end(String sessionId);

  /**
   * Brings an open session's duration up to now.
   *
   * @throws dev.amba.AmbaNotFoundException ({@code update_failed}) when the session is unknown or ended
   */
  AppSession heartbeat(String sessionId);

  /**
   * One page of the user's sessions, newest first.
   *
   * @param limit 1 to {@value #MAX_PAGE}
   */
  OffsetPage<AppSession> list(int offset, int limit);

  /** Every session of the user, newest first, fetched a page at a time as the stream is consumed. */
  Stream<AppSession> listAll();

  /**
   * Ends the session when it is open (the 4.x core's {@code revoke}); the row stays.
   *
   * @throws dev.amba.AmbaNotFoundException for a session id the user never started
   */
  AppSession revoke(String sessionId);
}
