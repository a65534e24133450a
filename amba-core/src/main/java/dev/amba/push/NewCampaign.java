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
 * A campaign to create. Without a schedule it is a draft, sent with
 * {@link PushCampaigns#send(String)}; with one it is scheduled. Without a segment it goes to every
 * active token of the project. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * NewCampaign.of("Spring sale", "50% off until Sunday")
 *     .data(Map.of("deep_link", "app://sale"))
 *     .scheduleAtLocalTime(LocalDate.of(2025, 4, 1), LocalTime.of(9, 0));
 * }</pre>
 */
public final class NewCampaign {

  static {
    WireForms.register(NewCampaign.class, NewCampaign::fields);
  }

  private final Map<String, Object> fields;

  private NewCampaign(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * A draft with this notification title and body.
   *
   * @param title the notification title, not blank
   * @param body the notification body, not blank
   * @return the new campaign, a draft to every active token
   * @throws NullPointerException if {@code title} or {@code body} is null
   * @throws IllegalArgumentException if {@code title} or {@code body} is blank
   */
  public static NewCampaign of(String title, String body) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", CampaignFields.text(title, "title"));
    f.put("body", CampaignFields.text(body, "body"));
    return new NewCampaign(Collections.unmodifiableMap(f));
  }

  /**
   * An internal name, shown in the console, never on the device.
   *
   * @param name the internal name, not blank
   * @return a copy with the name set
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public NewCampaign name(String name) {
    return with(f -> f.put("name", CampaignFields.text(name, "name")));
  }

  /**
   * The custom payload delivered with the notification.
   *
   * @param data the payload's fields: non-empty string keys, JSON-compatible values; copied
   * @return a copy with this payload
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException for a null or empty key
   */
  public NewCampaign data(Map<String, ?> data) {
    Map<String, Object> copy = CampaignFields.data(data);
    return with(f -> f.put("data", copy));
  }

  /**
   * Sends only to the users of this segment.
   *
   * @param segmentId the segment's id, not blank
   * @return a copy with this audience
   * @throws NullPointerException if {@code segmentId} is null
   * @throws IllegalArgumentException if {@code segmentId} is blank
   */
  public NewCampaign segment(String segmentId) {
    return with(f -> f.put("segment_id", CampaignFields.text(segmentId, "segmentId")));
  }

  /**
   * Schedules the campaign for one instant, the same for everyone, replacing a local-time schedule.
   *
   * @param at when it goes out; the server refuses one that is not in the future
   * @return a copy with this schedule
   * @throws NullPointerException if {@code at} is null
   */
  public NewCampaign scheduleAt(Instant at) {
    return with(f -> CampaignFields.absolute(f, at));
  }

  /**
   * Schedules the campaign for a wall-clock date and minute in each user's own time zone, so that
   * everyone gets it at, say, 9:00 their time. Replaces an absolute schedule.
   *
   * @param date the local date
   * @param time the local time, a whole minute (no seconds or nanoseconds)
   * @return a copy with this schedule
   * @throws NullPointerException if {@code date} or {@code time} is null
   * @throws IllegalArgumentException if {@code time} has seconds or nanoseconds
   */
  public NewCampaign scheduleAtLocalTime(LocalDate date, LocalTime time) {
    return with(f -> CampaignFields.local(f, date, time));
  }

  /** The wire fields, in the order they were set. */
  private Map<String, Object> fields() {
    return fields;
  }

  private NewCampaign with(java.util.function.Consumer<Map<String, Object>> change) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    change.accept(next);
    return new NewCampaign(Collections.unmodifiableMap(next));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewCampaign c && c.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  @Override
  public String toString() {
    return "NewCampaign" + fields.keySet();
  }
}
