package dev.amba.content;

import java.time.Instant;
import java.util.Objects;

/**
 * A schedule serving one item of its library a tick on the library's channel.
 *
 * @param id the schedule's id
 * @param libraryId the library whose items it serves
 * @param libraryName the library's name, on lists; null elsewhere
 * @param name the schedule's name
 * @param scheduleType how it picks its item each tick
 * @param config when it ticks: the cron and zone
 * @param isActive whether it serves anything; an inactive schedule serves nothing
 * @param lastDeliveredAt the latest tick at or before now; null before the first
 * @param nextDeliveryAt the next tick; null when the cron has none ahead
 * @param segmentId the segment whose members alone it serves, or null for everyone
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
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

  /**
   * A null {@code config} reads as the type's defaults (UTC, the default cron).
   *
   * @param id {@link #id()}
   * @param libraryId {@link #libraryId()}
   * @param libraryName {@link #libraryName()}
   * @param name {@link #name()}
   * @param scheduleType {@link #scheduleType()}
   * @param config {@link #config()}
   * @param isActive {@link #isActive()}
   * @param lastDeliveredAt {@link #lastDeliveredAt()}
   * @param nextDeliveryAt {@link #nextDeliveryAt()}
   * @param segmentId {@link #segmentId()}
   * @param createdAt {@link #createdAt()}
   * @param updatedAt {@link #updatedAt()}
   * @throws NullPointerException if {@code scheduleType} is null
   */
  public ContentSchedule {
    Objects.requireNonNull(scheduleType, "scheduleType");
    config = config == null ? new ScheduleConfig(null, null) : config;
  }
}
