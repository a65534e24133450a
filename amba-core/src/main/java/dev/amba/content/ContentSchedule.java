package dev.amba.content;

import java.time.Instant;
import java.util.Objects;

/**
 * A schedule serving one item of its library a tick on the library's channel.
 *
 * @param id the schedule's id
 * @param libraryId the library it serves from
 * @param libraryName the library's name, on lists; null elsewhere
 * @param name the schedule's name
 * @param scheduleType how it picks its item each tick
 * @param config its cron and time zone; the type's defaults where unset
 * @param isActive whether the schedule is switched on
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
   * Checks the type and fills an absent config with an empty one.
   *
   * @param id {@link #id()}
   * @param libraryId {@link #libraryId()}
   * @param libraryName {@link #libraryName()}
   * @param name {@link #name()}
   * @param scheduleType {@link #scheduleType()}
   * @param config {@link #config()}; null reads as no cron and no time zone
   * @param isActive {@link #isActive()}
   * @param lastDeliveredAt {@link #lastDeliveredAt()}
   * @param nextDeliveryAt {@link #nextDeliveryAt()}
   * @param segmentId {@link #segmentId()}
   * @param createdAt {@link #createdAt()}
   * @param updatedAt {@link #updatedAt()}
   * @throws NullPointerException when {@code scheduleType} is null
   */
  public ContentSchedule {
    Objects.requireNonNull(scheduleType, "scheduleType");
    config = config == null ? new ScheduleConfig(null, null) : config;
  }
}
