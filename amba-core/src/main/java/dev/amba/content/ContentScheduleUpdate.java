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

  /** An update that changes nothing yet; sending it as it is is refused. */
  public static ContentScheduleUpdate create() {
    return new ContentScheduleUpdate(new ScheduleFields(FieldMap.empty(), FieldMap.empty()));
  }

  public ContentScheduleUpdate name(String name) {
    return new ContentScheduleUpdate(fields.with("name", TextArguments.name(name)));
  }

  public ContentScheduleUpdate cron(String cron) {
    return new ContentScheduleUpdate(fields.cron(cron));
  }

  public ContentScheduleUpdate timezone(String timezone) {
    return new ContentScheduleUpdate(fields.timezone(timezone));
  }

  public ContentScheduleUpdate segmentId(String segmentId) {
    return new ContentScheduleUpdate(fields.with("segment_id", TextArguments.uuid(segmentId, "segmentId")));
  }

  /** Serves everyone again. */
  public ContentScheduleUpdate noSegment() {
    return new ContentScheduleUpdate(fields.with("segment_id", null));
  }

  /** An inactive schedule serves nothing. */
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
