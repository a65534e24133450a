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
   * Checks that both parts are present.
   *
   * @param userId {@link #userId()}
   * @param event {@link #event()}
   * @throws NullPointerException when {@code userId} or {@code event} is null
   */
  public IngestEvent {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(event, "event");
  }

  /**
   * The event, recorded for this user.
   *
   * @param userId the app user the event is recorded for; its form is checked when it is sent
   * @param event the event, with its name, properties, time and id
   * @return the pair, for {@link ProjectEvents#ingest} or a pipeline
   * @throws NullPointerException when {@code userId} or {@code event} is null
   */
  public static IngestEvent of(String userId, Event event) {
    return new IngestEvent(userId, event);
  }
}
