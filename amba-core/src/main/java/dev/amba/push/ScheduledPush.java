package dev.amba.push;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A notification for one user at one future instant, sent with {@link ProjectPush#scheduleForUser}.
 * The server keeps it as a scheduled campaign that reaches only that user's active devices.
 * Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.push().scheduleForUser(uid, ScheduledPush.of("Your trial ends", "Tomorrow at noon", noonTomorrow)
 *     .data(Map.of("deep_link", "app://billing")));
 * }</pre>
 */
public final class ScheduledPush {

  private final String title;
  private final String body;
  private final Map<String, Object> data;
  private final Instant scheduledAt;

  private ScheduledPush(String title, String body, Map<String, Object> data, Instant scheduledAt) {
    this.title = title;
    this.body = body;
    this.data = data;
    this.scheduledAt = scheduledAt;
  }

  /**
   * A notification with this title and body at this instant, without a payload.
   *
   * @param title the notification title, not blank
   * @param body the notification body, not blank
   * @param scheduledAt when it goes out; the server refuses one that is not in the future
   * @throws IllegalArgumentException for a blank title or body, naming it
   * @throws NullPointerException for a null argument, naming it
   * @return the notification
   */
  public static ScheduledPush of(String title, String body, Instant scheduledAt) {
    return new ScheduledPush(CampaignFields.text(title, "title"), CampaignFields.text(body, "body"), Map.of(),
        Objects.requireNonNull(scheduledAt, "scheduledAt"));
  }

  /**
   * The custom payload delivered with the notification.
   *
   * @param data the payload's fields: non-empty string keys, JSON-compatible values; copied
   * @return a copy with this payload
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException for a null or empty key
   */
  public ScheduledPush data(Map<String, ?> data) {
    return new ScheduledPush(title, body, CampaignFields.data(data), scheduledAt);
  }

  /**
   * The notification title.
   *
   * @return the title, not blank
   */
  public String title() {
    return title;
  }

  /**
   * The notification body.
   *
   * @return the body, not blank
   */
  public String body() {
    return body;
  }

  /**
   * The custom payload.
   *
   * @return the payload, unmodifiable; empty when none was set
   */
  public Map<String, Object> data() {
    return data;
  }

  /**
   * When the notification goes out.
   *
   * @return the instant it was created with
   */
  public Instant scheduledAt() {
    return scheduledAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScheduledPush p && p.title.equals(title) && p.body.equals(body) && p.data.equals(data)
        && p.scheduledAt.equals(scheduledAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, body, data, scheduledAt);
  }

  /** Title and body may be personal: the text form shows only the schedule and the payload's keys. */
  @Override
  public String toString() {
    return "ScheduledPush{scheduledAt=" + scheduledAt + ", data=" + data.keySet() + '}';
  }
}
