package dev.amba.content;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;

/**
 * The settings of a schedule to change; the others stay. A cron or zone given replaces the stored
 * one and leaves the other; a new cron or zone restarts the schedule's count of ticks. Immutable:
 * each method returns a new value.
 */
public final class ContentScheduleUpdate {

  static {
    WireForms.register(ContentScheduleUpdate.class, v -> v.fields.wire());
  }

  private final ScheduleFields fields;

  private ContentScheduleUpdate(ScheduleFields fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending it as it is is refused.
   *
   * @return the empty update, to fill with the other methods
   */
  public static ContentScheduleUpdate create() {
    return new ContentScheduleUpdate(new ScheduleFields(FieldMap.empty(), FieldMap.empty()));
  }

  /**
   * Renames the schedule.
   *
   * @param name 1 to 128 characters, not blank
   * @return a copy of this update with the name
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public ContentScheduleUpdate name(String name) {
    return new ContentScheduleUpdate(fields.with("name", TextArguments.name(name)));
  }

  /**
   * Replaces the cron; the stored zone stays unless {@link #timezone} changes it too.
   *
   * @param cron five fields, minute hour day-of-month month day-of-week; {@code MON}-{@code SUN} allowed
   * @return a copy of this update with the cron
   * @throws IllegalArgumentException when {@code cron} is null or not such an expression
   */
  public ContentScheduleUpdate cron(String cron) {
    return new ContentScheduleUpdate(fields.cron(cron));
  }

  /**
   * Replaces the zone the cron is read in; the stored cron stays unless {@link #cron} changes it too.
   *
   * @param timezone an IANA zone, such as {@code Europe/Paris}
   * @return a copy of this update with the zone
   * @throws NullPointerException when {@code timezone} is null
   * @throws IllegalArgumentException when {@code timezone} is not a known zone
   */
  public ContentScheduleUpdate timezone(String timezone) {
    return new ContentScheduleUpdate(fields.timezone(timezone));
  }

  /**
   * Serves only the members of this segment.
   *
   * @param segmentId the segment's id, a UUID
   * @return a copy of this update with the segment
   * @throws IllegalArgumentException when {@code segmentId} is not a UUID
   */
  public ContentScheduleUpdate segmentId(String segmentId) {
    return new ContentScheduleUpdate(fields.with("segment_id", TextArguments.uuid(segmentId, "segmentId")));
  }

  /**
   * Serves everyone again.
   *
   * @return a copy of this update that clears the segment
   */
  public ContentScheduleUpdate noSegment() {
    return new ContentScheduleUpdate(fields.with("segment_id", null));
  }

  /**
   * An inactive schedule serves nothing.
   *
   * @param active false to switch the schedule off, true to switch it on again
   * @return a copy of this update with the flag
   */
  public ContentScheduleUpdate active(boolean active) {
    return new ContentScheduleUpdate(fields.with("is_active", active));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentScheduleUpdate other && other.fields.equals(fields);
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
