package dev.amba.sessions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One app session of a user.
 *
 * @param id the service's id of the row
 * @param appUserId the id of the user whose session it is
 * @param sessionId the app's own id of the session, which every call takes
 * @param startedAt when the session started
 * @param endedAt when it ended; null while open
 * @param durationSeconds whole seconds from the start to the end, or to the latest heartbeat; null
 *     before either
 * @param platform the platform the app named at the start, such as {@code ios}, or null
 * @param appVersion the app's version named at the start, or null
 * @param deviceModel the device model named at the start, or null
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

  /**
   * A session; {@code metadata} is copied, and null reads as empty.
   *
   * @param id the row's id
   * @param appUserId the user's id
   * @param sessionId the app's id of the session
   * @param startedAt when it started
   * @param endedAt when it ended, or null
   * @param durationSeconds its duration so far, or null
   * @param platform the platform, or null
   * @param appVersion the app's version, or null
   * @param deviceModel the device model, or null
   * @param ipAddress the start's address, or null
   * @param metadata the app's data, or null
   */
  public AppSession {
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * Whether the session has not ended.
   *
   * @return true while {@link #endedAt()} is null
   */
  public boolean isOpen() {
    return endedAt == null;
  }
}
