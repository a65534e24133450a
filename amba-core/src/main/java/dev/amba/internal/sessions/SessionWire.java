package dev.amba.internal.sessions;

import dev.amba.internal.util.JsonValues;
import dev.amba.sessions.AppSession;
import dev.amba.sessions.SessionAnalytics;
import dev.amba.sessions.SessionPeriod;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * Session answers as they arrive (29.3). The 4.x core decodes {@code {id, user_id, started_at,
 * ended_at, duration_secs, metadata}}: those names are read when the protocol's are absent.
 */
public final class SessionWire {

  private SessionWire() {}

  public record Row(String id, String appUserId, String userId, String sessionId, Instant startedAt,
      Instant endedAt, Long durationSeconds, Long durationSecs, String platform, String appVersion,
      String deviceModel, String ipAddress, JsonObject metadata) {

    AppSession toSession() {
      return new AppSession(id, appUserId != null ? appUserId : userId, sessionId, startedAt, endedAt,
          durationSeconds != null ? durationSeconds : durationSecs, platform, appVersion, deviceModel, ipAddress,
          metadata == null ? Map.of() : JsonValues.toMap(metadata));
    }
  }

  public record Analytics(String period, Long dau, Long totalSessions, Double avgDurationSeconds,
      Long medianDurationSeconds) {

    SessionAnalytics toAnalytics(SessionPeriod asked) {
      return new SessionAnalytics(period == null ? asked : new SessionPeriod(period), n(dau), n(totalSessions),
          avgDurationSeconds == null ? 0 : avgDurationSeconds, n(medianDurationSeconds));
    }

    private static long n(Long v) {
      return v == null ? 0 : v;
    }
  }
}
