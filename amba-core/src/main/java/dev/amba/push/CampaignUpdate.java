package dev.amba.push;

import dev.amba.internal.WireForms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to a draft or scheduled campaign; only what is set is sent. Scheduling makes a draft
 * scheduled, {@link #unschedule()} makes a scheduled campaign a draft again. Immutable.
 */
public final class CampaignUpdate {

  static {
    WireForms.register(CampaignUpdate.class, CampaignUpdate::fields);
  }

  private final Map<String, Object> fields;

  private CampaignUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet.
   *
   * @return an empty update
   */
  public static CampaignUpdate create() {
    return new CampaignUpdate(Map.of());
  }

  /**
   * Replaces the notification title.
   *
   * @param title the notification title, not blank
   * @return a copy with the title set
   * @throws NullPointerException if {@code title} is null
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public CampaignUpdate title(String title) {
    return with(f -> f.put("title", CampaignFields.text(title, "title")));
  }

  /**
   * Replaces the notification body.
   *
   * @param body the notification body, not blank
   * @return a copy with the body set
   * @throws NullPointerException if {@code body} is null
   * @throws IllegalArgumentException if {@code body} is blank
   */
  public CampaignUpdate body(String body) {
    return with(f -> f.put("body", CampaignFields.text(body, "body")));
  }

  /**
   * Replaces the internal name, shown in the console, never on the device.
   *
   * @param name the internal name, not blank
   * @return a copy with the name set
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public CampaignUpdate name(String name) {
    return with(f -> f.put("name", CampaignFields.text(name, "name")));
  }

  /**
   * Replaces the custom payload delivered with the notification.
   *
   * @param data the payload's fields: non-empty string keys, JSON-compatible values; copied
   * @return a copy with this payload
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException for a null or empty key
   */
  public CampaignUpdate data(Map<String, ?> data) {
    Map<String, Object> copy = CampaignFields.data(data);
    return with(f -> f.put("data", copy));
  }

  /**
   * Sends only to the users of this segment.
   *
   * @param segmentId the segment's id, not blank; null sends to every active token again
   * @return a copy with this audience
   * @throws IllegalArgumentException if {@code segmentId} is blank
   */
  public CampaignUpdate segment(String segmentId) {
    return with(f -> f.put("segment_id", segmentId == null ? null : CampaignFields.text(segmentId, "segmentId")));
  }

  /**
   * Schedules the campaign for one instant, the same for everyone, replacing any local-time schedule.
   *
   * @param at when it goes out; the server refuses one that is not in the future
   * @return a copy with this schedule
   * @throws NullPointerException if {@code at} is null
   */
  public CampaignUpdate scheduleAt(Instant at) {
    return with(f -> CampaignFields.absolute(f, at));
  }

  /**
   * Schedules the campaign for a wall-clock date and minute in each user's own time zone,
   * replacing any absolute schedule.
   *
   * @param date the local date
   * @param time the local time, a whole minute (no seconds or nanoseconds)
   * @return a copy with this schedule
   * @throws NullPointerException if {@code date} or {@code time} is null
   * @throws IllegalArgumentException if {@code time} has seconds or nanoseconds
   */
  public CampaignUpdate scheduleAtLocalTime(LocalDate date, LocalTime time) {
    return with(f -> CampaignFields.local(f, date, time));
  }

  /**
   * Drops the schedule: the campaign becomes a draft, sent only by {@link PushCampaigns#send(String)}.
   *
   * @return a copy that clears the schedule
   */
  public CampaignUpdate unschedule() {
    return with(f -> {
      f.put("delivery_mode", DeliveryMode.ABSOLUTE.value());
      f.put("scheduled_at", null);
      f.put("local_date", null);
      f.put("local_time", null);
    });
  }

  /** The wire fields, in the order they were set; a null value clears the field. */
  private Map<String, Object> fields() {
    return fields;
  }

  private CampaignUpdate with(java.util.function.Consumer<Map<String, Object>> change) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    change.accept(next);
    return new CampaignUpdate(Collections.unmodifiableMap(next));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CampaignUpdate c && c.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "CampaignUpdate" + fields.keySet();
  }
}
