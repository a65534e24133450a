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
   * @return an empty update
   */
  public static ContentScheduleUpdate create() {
    return new ContentScheduleUpdate(new ScheduleFields(FieldMap.empty(), FieldMap.empty()));
  }

  /**
   * Renames the schedule.
   *
   * @param name the new name, non-blank, 1 to 128 characters
   * @return a copy with this name
   * @throws IllegalArgumentException for a null, blank or over-long name
   */
  public ContentScheduleUpdate name(String name) {
    return new ContentScheduleUpdate(fields.with("name", TextArguments.name(name)));
  }

  /**
   * Replaces the cron; the zone stays.
   *
   * @param cron five fields, minute hour day-of-month month day-of-week; {@code MON}-{@code SUN} allowed
   * @return a copy with this cron
   * @throws IllegalArgumentException for a null cron or one that does not parse, saying why
   */
  public ContentScheduleUpdate cron(String cron) {
    return new ContentScheduleUpdate(fields.cron(cron));
  }

  /**
   * Replaces the zone the cron is read in; the cron stays.
   *
   * @param timezone an IANA zone id such as {@code Europe/Paris}
   * @return a copy with this zone
   * @throws NullPointerException if {@code timezone} is null
   * @throws IllegalArgumentException for an unknown zone
   */
  public ContentScheduleUpdate timezone(String timezone) {
    return new ContentScheduleUpdate(fields.timezone(timezone));
  }

  /**
   * Serves only the members of this segment.
   *
   * @param segmentId the segment's id, a UUID
   * @return a copy with this audience
   * @throws IllegalArgumentException for a null id or one that is not a UUID
   */
  public ContentScheduleUpdate segmentId(String segmentId) {
    return new ContentScheduleUpdate(fields.with("segment_id", TextArguments.uuid(segmentId, "segmentId")));
  }

  /**
   * Serves everyone again.
   *
   * @return a copy that clears the segment
   */
  public ContentScheduleUpdate noSegment() {
    return new ContentScheduleUpdate(fields.with("segment_id", null));
  }

  /**
   * Activates or pauses the schedule. An inactive schedule serves nothing.
   *
   * @param active whether it serves
   * @return a copy with this setting
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
