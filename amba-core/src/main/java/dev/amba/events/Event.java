package dev.amba.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One analytics event. Its {@link #eventId()} is fixed when the event is made, so every retry of it
 * (by the SDK, or by the caller re-sending the same {@code Event}) is recognized by the server.
 */
public final class Event {

  /** The longest event name the API accepts. */
  public static final int MAX_NAME_LENGTH = 128;

  private final String name;
  private final Map<String, Object> properties;
  private final Instant timestamp;
  private final String eventId;

  private Event(String name, Map<String, Object> properties, Instant timestamp, String eventId) {
    this.name = name;
    this.properties = properties;
    this.timestamp = timestamp;
    this.eventId = eventId;
  }

  public static Event of(String name) {
    return of(name, Map.of());
  }

  public static Event of(String name, Map<String, ?> properties) {
    checkName(name);
    Objects.requireNonNull(properties, "properties");
    Map<String, Object> copy = new LinkedHashMap<>();
    properties.forEach(
        (k, v) -> {
          if (k == null || k.isEmpty()) {
            throw new IllegalArgumentException("event properties: keys must be non-empty strings");
          }
          copy.put(k, v);
        });
    return new Event(name, Collections.unmodifiableMap(copy), null, UUID.randomUUID().toString());
  }

  /** When the event happened, if not now. */
  public Event at(Instant timestamp) {
    return new Event(name, properties, Objects.requireNonNull(timestamp, "timestamp"), eventId);
  }

  /** Uses the caller's own id, e.g. an order id, so that re-sending from another process is deduplicated too. */
  public Event withEventId(String eventId) {
    if (eventId == null || eventId.isBlank() || eventId.length() > 128) {
      throw new IllegalArgumentException("eventId must be 1..128 characters");
    }
    return new Event(name, properties, timestamp, eventId);
  }

  public String name() {
    return name;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  public String eventId() {
    return eventId;
  }

  /** The one order rule of every event range; the count query adds its 90-day cap. */
  static void checkOrder(Instant since, Instant until) {
    if (until.isBefore(since)) {
      throw new IllegalArgumentException("until (" + until + ") must not be before since (" + since + ")");
    }
  }

  static void checkName(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "event name must be 1.." + MAX_NAME_LENGTH + " characters of lowercase snake_case, got "
              + (name == null ? "null" : name.length() + " characters"));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (i > 0 && (c == '_' || (c >= '0' && c <= '9')));
      if (!ok) {
        throw new IllegalArgumentException(
            "event name must be lowercase snake_case (a-z, 0-9, _; starting with a letter), got \"" + name + '"');
      }
    }
  }

  @Override
  public String toString() {
    return "Event{name=" + name + ", eventId=" + eventId + ", properties=" + properties.keySet()
        + (timestamp == null ? "" : ", timestamp=" + timestamp) + '}';
  }
}
