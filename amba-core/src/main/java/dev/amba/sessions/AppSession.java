package dev.amba.sessions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One app session of a user.
 *
 * @param id the service's id of the row
 * @param sessionId the app's own id of the session, which every call takes
 * @param endedAt when it ended; null while open
 * @param durationSeconds whole seconds from the start to the end, or to the latest heartbeat; null
 *     before either
 * @param ipAddress the address the service saw the start from, or null
 * @param metadata the app's own data about the session; empty when none
 */
public record AppSession(
    String id,
    String appUserId,
    String sessionId,
    Instant startedAt,
    Instant endedAt,
    Long durationSeconds,
    String platform,
    String appVersion,
    String deviceModel,
    String ipAddress,
    Map<String, Object> metadata) {

  public AppSession {
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** Whether the session has not ended. */
  public boolean isOpen() {
    return endedAt == null;
  }
}
