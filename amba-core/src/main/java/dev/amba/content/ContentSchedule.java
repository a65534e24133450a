package dev.amba.content;

import java.time.Instant;
import java.util.Objects;

/**
 * A schedule serving one item of its library a tick on the library's channel.
 *
 * @param libraryName the library's name, on lists; null elsewhere
 * @param lastDeliveredAt the latest tick at or before now; null before the first
 * @param nextDeliveryAt the next tick; null when the cron has none ahead
 * @param segmentId the segment whose members alone it serves, or null for everyone
 */
public record ContentSchedule(
    String id,
    String libraryId,
    String libraryName,
    String name,
    ScheduleType scheduleType,
    ScheduleConfig config,
    boolean isActive,
    Instant lastDeliveredAt,
    Instant nextDeliveryAt,
    String segmentId,
    Instant createdAt,
    Instant updatedAt) {

  public ContentSchedule {
    Objects.requireNonNull(scheduleType, "scheduleType");
    config = config == null ? new ScheduleConfig(null, null) : config;
  }
}
