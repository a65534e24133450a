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
   * A schedule for this library, active, UTC, with the type's default cron if it has one.
   *
   * @param libraryId the library's id, a UUID
   * @param name 1..128 characters, not blank
   * @param type how it picks its item each tick; {@link ScheduleType#needsCron() some types} need a {@link #cron}
   * @return the new schedule
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException for a library id that is not a UUID, or a null, blank or over-long name
   */
  public static NewContentSchedule of(String libraryId, String name, ScheduleType type) {
    Objects.requireNonNull(type, "type");
    return new NewContentSchedule(new ScheduleFields(FieldMap.empty()
        .with("library_id", ModuleNames.uuid(libraryId, "libraryId")).with("name", TextArguments.name(name))
        .with("schedule_type", type.value()), FieldMap.empty()));
  }

  /**
   * When the schedule ticks.
   *
   * @param cron five fields, minute hour day-of-month month day-of-week; {@code MON}-{@code SUN} allowed
   * @return a copy with this cron
   * @throws IllegalArgumentException for a null cron or one that does not parse, saying why
   */
  public NewContentSchedule cron(String cron) {
    return new NewContentSchedule(fields.cron(cron));
  }

  /**
   * The IANA zone the cron is read in; UTC unless set.
   *
   * @param timezone an IANA zone id such as {@code Europe/Paris}
   * @return a copy with this zone
   * @throws NullPointerException if {@code timezone} is null
   * @throws IllegalArgumentException for an unknown zone
   */
  public NewContentSchedule timezone(String timezone) {
    return new NewContentSchedule(fields.timezone(timezone));
  }

  /**
   * Serves only the members of this segment; a broadcast schedule on the same library yields to it.
   *
   * @param segmentId the segment's id, a UUID
   * @return a copy with this audience
   * @throws IllegalArgumentException for a null id or one that is not a UUID
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
