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

  public static CampaignUpdate create() {
    return new CampaignUpdate(Map.of());
  }

  public CampaignUpdate title(String title) {
    return with(f -> f.put("title", CampaignFields.text(title, "title")));
  }

  public CampaignUpdate body(String body) {
    return with(f -> f.put("body", CampaignFields.text(body, "body")));
  }

  public CampaignUpdate name(String name) {
    return with(f -> f.put("name", CampaignFields.text(name, "name")));
  }

  /** Replaces the payload. */
  public CampaignUpdate data(Map<String, ?> data) {
    Map<String, Object> copy = CampaignFields.data(data);
    return with(f -> f.put("data", copy));
  }

  /** Sends only to this segment; {@code null} sends to everyone again. */
  public CampaignUpdate segment(String segmentId) {
    return with(f -> f.put("segment_id", segmentId == null ? null : CampaignFields.text(segmentId, "segmentId")));
  }

  public CampaignUpdate scheduleAt(Instant at) {
    return with(f -> CampaignFields.absolute(f, at));
  }

  public CampaignUpdate scheduleAtLocalTime(LocalDate date, LocalTime time) {
    return with(f -> CampaignFields.local(f, date, time));
  }

  /** Drops the schedule: the campaign becomes a draft, sent only by {@link PushCampaigns#send(String)}. */
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
