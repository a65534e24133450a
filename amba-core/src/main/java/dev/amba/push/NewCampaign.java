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
   * @param title the notification's title; not blank
   * @param body the notification's text; not blank
   * @return the draft, to refine with the other methods or pass to {@link PushCampaigns#create}
   * @throws NullPointerException when an argument is null, naming it
   * @throws IllegalArgumentException when an argument is blank, naming it
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
   * @param name the name; not blank
   * @return a copy of this campaign with the name
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public NewCampaign name(String name) {
    return with(f -> f.put("name", CampaignFields.text(name, "name")));
  }

  /**
   * The custom payload delivered with the notification (JSON-compatible values).
   *
   * @param data the payload; it replaces any set before; keys must be non-empty
   * @return a copy of this campaign with the payload
   * @throws NullPointerException when {@code data} is null
   * @throws IllegalArgumentException when a key is null or empty
   */
  public NewCampaign data(Map<String, ?> data) {
    Map<String, Object> copy = CampaignFields.data(data);
    return with(f -> f.put("data", copy));
  }

  /**
   * Sends only to the users of this segment.
   *
   * @param segmentId the segment's id; not blank
   * @return a copy of this campaign for that segment only
   * @throws NullPointerException when {@code segmentId} is null
   * @throws IllegalArgumentException when {@code segmentId} is blank
   */
  public NewCampaign segment(String segmentId) {
    return with(f -> f.put("segment_id", CampaignFields.text(segmentId, "segmentId")));
  }

  /**
   * Schedules the campaign for one instant, the same for everyone; it must be in the future.
   *
   * @param at when it goes out; replaces a local-time schedule set before
   * @return a copy of this campaign, scheduled
   * @throws NullPointerException when {@code at} is null
   */
  public NewCampaign scheduleAt(Instant at) {
    return with(f -> CampaignFields.absolute(f, at));
  }

  /**
   * Schedules the campaign for a wall-clock date and minute in each user's own time zone, so that
   * everyone gets it at, say, 9:00 their time.
   *
   * @param date the calendar day, in each user's zone
   * @param time the wall-clock minute; seconds and nanoseconds must be zero
   * @return a copy of this campaign, scheduled; replaces an instant set before
   * @throws NullPointerException when {@code date} or {@code time} is null
   * @throws IllegalArgumentException when {@code time} has seconds or nanoseconds
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
