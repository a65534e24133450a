package dev.amba.internal.sessions;

import dev.amba.OffsetPage;
import dev.amba.internal.Paging;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.endpoint.SessionEndpoints;
import dev.amba.sessions.AppSession;
import dev.amba.sessions.ProjectSessions;
import dev.amba.sessions.SessionAnalytics;
import dev.amba.sessions.SessionPeriod;
import java.util.Objects;
import java.util.stream.Stream;

/** Every user's sessions (server key). */
public final class SessionAdmin implements ProjectSessions {

  private final ProjectCalls calls;

  public SessionAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public SessionAnalytics analytics() {
    return analytics(SessionPeriod.DAYS_7);
  }

  @Override
  public SessionAnalytics analytics(SessionPeriod period) {
    Objects.requireNonNull(period, "period");
    return calls.call(SessionEndpoints.ADMIN_ANALYTICS).query("period", period.value())
        .<SessionWire.Analytics>data(SessionWire.Analytics.class).toAnalytics(period);
  }

  @Override
  public OffsetPage<AppSession> list(int offset, int limit) {
    return Paging.page(calls.call(SessionEndpoints.ADMIN_LIST), offset, limit, MAX_PAGE, SessionWire.Row.class,
        SessionWire.Row::toSession);
  }

  @Override
  public Stream<AppSession> listAll() {
    return Paging.walk(() -> calls.call(SessionEndpoints.ADMIN_LIST), 0, MAX_PAGE, SessionWire.Row.class,
        SessionWire.Row::toSession);
  }
}
