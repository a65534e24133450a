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
   * @param libraryId the library's id
   * @param name 1..128 characters
   */
  public static NewContentSchedule of(String libraryId, String name, ScheduleType type) {
    Objects.requireNonNull(type, "type");
    return new NewContentSchedule(new ScheduleFields(FieldMap.empty()
        .with("library_id", ModuleNames.uuid(libraryId, "libraryId")).with("name", TextArguments.name(name))
        .with("schedule_type", type.value()), FieldMap.empty()));
  }

  /** Five fields, minute hour day-of-month month day-of-week; {@code MON}-{@code SUN} allowed. */
  public NewContentSchedule cron(String cron) {
    return new NewContentSchedule(fields.cron(cron));
  }

  /** The IANA zone the cron is read in, such as {@code Europe/Paris}. */
  public NewContentSchedule timezone(String timezone) {
    return new NewContentSchedule(fields.timezone(timezone));
  }

  /** Serves only the members of this segment; a broadcast schedule on the same library yields to it. */
  public NewContentSchedule segmentId(String segmentId) {
    return new NewContentSchedule(fields.with("segment_id", TextArguments.uuid(segmentId, "segmentId")));
  }

  /** The type the schedule is created with. */
  public ScheduleType type() {
    return new ScheduleType((String) fields.fields().get("schedule_type"));
  }

  /** Whether a cron is set. */
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
