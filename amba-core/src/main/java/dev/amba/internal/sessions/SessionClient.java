package dev.amba.internal.sessions;

import dev.amba.OffsetPage;
import dev.amba.internal.Paging;
import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.Endpoint;
import dev.amba.internal.endpoint.SessionEndpoints;
import dev.amba.sessions.AppSession;
import dev.amba.sessions.NewSession;
import dev.amba.sessions.UserSessions;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class SessionClient implements UserSessions {

  private final UserCalls calls;

  public SessionClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public AppSession start(NewSession session) {
    return calls.call(SessionEndpoints.START).body(WireForms.of(Objects.requireNonNull(session, "session")))
        .<SessionWire.Row>data(SessionWire.Row.class).toSession();
  }

  @Override
  public AppSession end(String sessionId) {
    return bySessionId(SessionEndpoints.END, sessionId);
  }

  @Override
  public AppSession heartbeat(String sessionId) {
    return bySessionId(SessionEndpoints.HEARTBEAT, sessionId);
  }

  private AppSession bySessionId(Endpoint endpoint, String sessionId) {
    return calls.call(endpoint).body(Map.of("session_id", SessionArguments.sessionId(sessionId)))
        .<SessionWire.Row>data(SessionWire.Row.class).toSession();
  }

  @Override
  public OffsetPage<AppSession> list(int offset, int limit) {
    return Paging.page(calls.call(SessionEndpoints.LIST), offset, limit, MAX_PAGE, SessionWire.Row.class,
        SessionWire.Row::toSession);
  }

  @Override
  public Stream<AppSession> listAll() {
    return Paging.walk(() -> calls.call(SessionEndpoints.LIST), 0, MAX_PAGE, SessionWire.Row.class,
        SessionWire.Row::toSession);
  }

  @Override
  public AppSession revoke(String sessionId) {
    return calls.call(SessionEndpoints.REVOKE, SessionArguments.sessionId(sessionId))
        .<SessionWire.Row>data(SessionWire.Row.class).toSession();
  }
}
