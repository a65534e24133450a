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
   * @return the empty update, to fill with the other methods
   */
  public static CampaignUpdate create() {
    return new CampaignUpdate(Map.of());
  }

  /**
   * Changes the notification's title.
   *
   * @param title the new title; not blank
   * @return a copy of this update with the title
   * @throws NullPointerException when {@code title} is null
   * @throws IllegalArgumentException when {@code title} is blank
   */
  public CampaignUpdate title(String title) {
    return with(f -> f.put("title", CampaignFields.text(title, "title")));
  }

  /**
   * Changes the notification's text.
   *
   * @param body the new text; not blank
   * @return a copy of this update with the body
   * @throws NullPointerException when {@code body} is null
   * @throws IllegalArgumentException when {@code body} is blank
   */
  public CampaignUpdate body(String body) {
    return with(f -> f.put("body", CampaignFields.text(body, "body")));
  }

  /**
   * Changes the internal name, shown in the console only.
   *
   * @param name the new name; not blank
   * @return a copy of this update with the name
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public CampaignUpdate name(String name) {
    return with(f -> f.put("name", CampaignFields.text(name, "name")));
  }

  /**
   * Replaces the payload.
   *
   * @param data the new payload (JSON-compatible values); keys must be non-empty
   * @return a copy of this update with the payload
   * @throws NullPointerException when {@code data} is null
   * @throws IllegalArgumentException when a key is null or empty
   */
  public CampaignUpdate data(Map<String, ?> data) {
    Map<String, Object> copy = CampaignFields.data(data);
    return with(f -> f.put("data", copy));
  }

  /**
   * Sends only to this segment; {@code null} sends to everyone again.
   *
   * @param segmentId the segment's id, or null for every active token of the project; not blank
   * @return a copy of this update with the audience
   * @throws IllegalArgumentException when {@code segmentId} is blank
   */
  public CampaignUpdate segment(String segmentId) {
    return with(f -> f.put("segment_id", segmentId == null ? null : CampaignFields.text(segmentId, "segmentId")));
  }

  /**
   * Schedules the campaign for one instant, the same for everyone; a draft becomes scheduled.
   *
   * @param at when it goes out; replaces a local-time schedule
   * @return a copy of this update with the schedule
   * @throws NullPointerException when {@code at} is null
   */
  public CampaignUpdate scheduleAt(Instant at) {
    return with(f -> CampaignFields.absolute(f, at));
  }

  /**
   * Schedules the campaign for a wall-clock date and minute in each user's own time zone; a draft
   * becomes scheduled.
   *
   * @param date the calendar day, in each user's zone
   * @param time the wall-clock minute; seconds and nanoseconds must be zero
   * @return a copy of this update with the schedule; replaces an instant
   * @throws NullPointerException when {@code date} or {@code time} is null
   * @throws IllegalArgumentException when {@code time} has seconds or nanoseconds
   */
  public CampaignUpdate scheduleAtLocalTime(LocalDate date, LocalTime time) {
    return with(f -> CampaignFields.local(f, date, time));
  }

  /**
   * Drops the schedule: the campaign becomes a draft, sent only by {@link PushCampaigns#send(String)}.
   *
   * @return a copy of this update that clears the schedule
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
