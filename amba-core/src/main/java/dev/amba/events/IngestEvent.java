package dev.amba.events;

import java.util.Objects;

/**
 * One event for admin ingest: the user it belongs to and the event itself (name, properties, time
 * and the {@code event_id} that makes a re-import harmless).
 *
 * @param userId the app user the event is recorded for
 * @param event the event; its timestamp, when set, becomes {@code occurred_at}
 */
public record IngestEvent(String userId, Event event) {

  /**
   * Checks both components.
   *
   * @param userId the app user the event is recorded for, not null
   * @param event the event, not null
   * @throws NullPointerException if either is null
   */
  public IngestEvent {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(event, "event");
  }

  /**
   * The same as the constructor, for reading at the call site.
   *
   * @param userId the app user the event is recorded for, not null; checked as a user id by
   *     {@link ProjectEvents#ingest}
   * @param event the event, not null
   * @return the ingest event
   * @throws NullPointerException if either is null
   */
  public static IngestEvent of(String userId, Event event) {
    return new IngestEvent(userId, event);
  }
}
