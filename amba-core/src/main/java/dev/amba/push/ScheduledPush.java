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
   * A notification with this title and body, due at one instant, with no payload.
   *
   * @param title the notification's title; not blank
   * @param body the notification's text; not blank
   * @param scheduledAt when it goes out; the server refuses one that is not in the future
   * @return the notification, to pass to {@link ProjectPush#scheduleForUser}
   * @throws IllegalArgumentException for a blank title or body, naming it
   * @throws NullPointerException for a null argument, naming it
   */
  public static ScheduledPush of(String title, String body, Instant scheduledAt) {
    return new ScheduledPush(CampaignFields.text(title, "title"), CampaignFields.text(body, "body"), Map.of(),
        Objects.requireNonNull(scheduledAt, "scheduledAt"));
  }

  /**
   * The custom payload delivered with the notification (JSON-compatible values).
   *
   * @param data the payload; it replaces any set before; keys must be non-empty
   * @return a copy of this notification with the payload
   * @throws NullPointerException when {@code data} is null
   * @throws IllegalArgumentException when a key is null or empty
   */
  public ScheduledPush data(Map<String, ?> data) {
    return new ScheduledPush(title, body, CampaignFields.data(data), scheduledAt);
  }

  /**
   * The notification's title.
   *
   * @return the title, never blank
   */
  public String title() {
    return title;
  }

  /**
   * The notification's text.
   *
   * @return the body, never blank
   */
  public String body() {
    return body;
  }

  /**
   * The custom payload delivered with the notification.
   *
   * @return the payload, unmodifiable; empty when none was set
   */
  public Map<String, Object> data() {
    return data;
  }

  /**
   * When the notification goes out.
   *
   * @return the instant it was built with
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
