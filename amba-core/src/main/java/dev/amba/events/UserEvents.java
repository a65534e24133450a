package dev.amba.events;

import java.util.Map;

/**
 * Analytics events for the acting user. Each event carries a client-made {@code event_id}, so a
 * retried request is never counted twice.
 */
public interface UserEvents {

  /** Tracks one event without properties. */
  default TrackResult track(String eventName) {
    return track(Event.of(eventName));
  }

  /**
   * Tracks one event.
   *
   * @param eventName lowercase snake_case, at most 128 characters
   * @param properties JSON-compatible values (strings, numbers, booleans, nulls, lists, maps)
   */
  default TrackResult track(String eventName, Map<String, ?> properties) {
    return track(Event.of(eventName, properties));
  }

  TrackResult track(Event event);
}
