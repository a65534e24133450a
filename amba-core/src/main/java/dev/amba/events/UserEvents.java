package dev.amba.events;

import java.util.List;
import java.util.Map;

/**
 * Analytics events for the acting user. Each event carries a client-made {@code event_id}, so a
 * retried request is never counted twice.
 */
public interface UserEvents {

  /**
   * Tracks one event without properties.
   *
   * @param eventName lowercase snake_case, at most 128 characters, as {@link Event#of(String)} takes it
   * @return how many events the server accepted: 1
   * @throws IllegalArgumentException for a name no event can have, before anything is sent
   */
  default TrackResult track(String eventName) {
    return track(Event.of(eventName));
  }

  /**
   * Tracks one event.
   *
   * @param eventName lowercase snake_case, at most 128 characters
   * @param properties JSON-compatible values (strings, numbers, booleans, nulls, lists, maps), as
   *     {@link Event#of(String, Map)} takes them
   * @return how many events the server accepted: 1
   * @throws IllegalArgumentException naming a property JSON cannot carry, before anything is sent
   */
  default TrackResult track(String eventName, Map<String, ?> properties) {
    return track(Event.of(eventName, properties));
  }

  /**
   * Tracks one event, with its own event id, so resending the same {@code Event} is not counted twice.
   *
   * @param event the event, not null
   * @return how many events the server accepted: 1
   * @throws NullPointerException if {@code event} is null
   */
  TrackResult track(Event event);

  /**
   * Tracks many events, in order. Lists longer than {@link #MAX_BATCH} go out as several requests
   * of at most that many; the result adds them up. If one of those requests fails, the earlier ones
   * are stored: resending the same {@code Event} objects is safe, their ids are deduplicated.
   * An empty list sends nothing.
   *
   * @param events the events, in order; not null
   * @return how many events the server accepted, summed over the requests; 0 for an empty list
   * @throws NullPointerException if {@code events} is null
   * @throws IllegalArgumentException if one of the events is null (nothing is sent then)
   */
  TrackResult track(List<Event> events);

  /** The most events one request carries (amba-api.md section 8). */
  int MAX_BATCH = 500;
}
