package dev.amba.content;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.Objects;

/**
 * A schedule to create: it serves one item of the library a tick on the library's channel. Daily
 * rotations tick at 09:00 and weekly ones at 09:00 on Mondays unless a cron says otherwise; random
 * and sequential schedules need a cron. Times are UTC unless a zone is given. Immutable: each method
 * returns a new value.
 *
 * <pre>{@code
 * amba.content().createSchedule(NewContentSchedule.of(tips.id(), "morning", ScheduleType.SEQUENTIAL)
 *     .cron("30 7 * * MON-FRI").timezone("Europe/Paris"));
 * }</pre>
 */
public final class NewContentSchedule {

  static {
    WireForms.register(NewContentSchedule.class, v -> v.fields.wire());
  }

  private final ScheduleFields fields;

  private NewContentSchedule(ScheduleFields fields) {
    this.fields = fields;
  }

  /**
   * A schedule of this type on the library, with the type's default cron (if it has one) in UTC.
   *
   * @param libraryId the library's id, a UUID
   * @param name 1..128 characters, not blank
   * @param type how it picks its item each tick; random and sequential need a {@link #cron}
   * @return the schedule, to refine with the other methods
   * @throws NullPointerException when {@code type} is null
   * @throws IllegalArgumentException when {@code libraryId} is not a UUID or {@code name} is null,
   *     blank or too long
   */
  public static NewContentSchedule of(String libraryId, String name, ScheduleType type) {
    Objects.requireNonNull(type, "type");
    return new NewContentSchedule(new ScheduleFields(FieldMap.empty()
        .with("library_id", ModuleNames.uuid(libraryId, "libraryId")).with("name", TextArguments.name(name))
        .with("schedule_type", type.value()), FieldMap.empty()));
  }

  /**
   * Five fields, minute hour day-of-month month day-of-week; {@code MON}-{@code SUN} allowed.
   *
   * @param cron the expression, read in the schedule's zone
   * @return a copy of this schedule with the cron
   * @throws IllegalArgumentException when {@code cron} is null or not such an expression
   */
  public NewContentSchedule cron(String cron) {
    return new NewContentSchedule(fields.cron(cron));
  }

  /**
   * The IANA zone the cron is read in, such as {@code Europe/Paris}.
   *
   * @param timezone the zone's id
   * @return a copy of this schedule with the zone
   * @throws NullPointerException when {@code timezone} is null
   * @throws IllegalArgumentException when {@code timezone} is not a known zone
   */
  public NewContentSchedule timezone(String timezone) {
    return new NewContentSchedule(fields.timezone(timezone));
  }

  /**
   * Serves only the members of this segment; a broadcast schedule on the same library yields to it.
   *
   * @param segmentId the segment's id, a UUID
   * @return a copy of this schedule with the segment
   * @throws IllegalArgumentException when {@code segmentId} is not a UUID
   */
  public NewContentSchedule segmentId(String segmentId) {
    return new NewContentSchedule(fields.with("segment_id", TextArguments.uuid(segmentId, "segmentId")));
  }

  /**
   * The type the schedule is created with.
   *
   * @return the type given to {@link #of}
   */
  public ScheduleType type() {
    return new ScheduleType((String) fields.fields().get("schedule_type"));
  }

  /**
   * Whether a cron is set.
   *
   * @return true after {@link #cron}
   */
  public boolean hasCron() {
    return fields.config().has("cron");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewContentSchedule other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
