package dev.amba.events;

import dev.amba.internal.util.JsonProperties;
import java.time.Instant;
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

  /**
   * An event without properties, timestamped by the server when it arrives.
   *
   * @param name the event name: 1 to {@value #MAX_NAME_LENGTH} characters of lowercase snake_case words
   *     (each starting with a letter), optionally joined by {@code .}, such as {@code session.completed}
   * @return the event, with a fresh random event id
   * @throws IllegalArgumentException for a null, empty, over-long or not snake_case name
   */
  public static Event of(String name) {
    return of(name, Map.of());
  }

  /**
   * An event with properties: JSON values, i.e. null, {@code String}, {@code Boolean}, {@code
   * Integer}, {@code Long}, {@code Short}, {@code Byte}, finite {@code Double} or {@code Float},
   * {@code BigDecimal}, {@code BigInteger}, and maps (string keys), collections and arrays of them,
   * nested at most 100 levels. The event keeps an unmodifiable deep
   * copy, so changing the map afterwards changes nothing.
   *
   * @param name the event name: 1 to {@value #MAX_NAME_LENGTH} characters of lowercase snake_case words
   *     (each starting with a letter), optionally joined by {@code .}, such as {@code session.completed}
   * @param properties the event's properties, not null; empty for none
   * @return the event, with a fresh random event id
   * @throws NullPointerException if {@code properties} is null
   * @throws IllegalArgumentException for a bad name, or naming the first property JSON cannot
   *     carry (NaN or infinite, a cycle, another type, a non-string key, an empty top-level key)
   */
  public static Event of(String name, Map<String, ?> properties) {
    checkName(name);
    Objects.requireNonNull(properties, "properties");
    // Checked here, on the caller's thread: every way an event is sent (track, ingest, the
    // pipeline's sender) then holds only values the encoder can write.
    return new Event(name, JsonProperties.copy(properties, "properties"), null, UUID.randomUUID().toString());
  }

  /**
   * When the event happened, if not now.
   *
   * @param timestamp the instant it happened, not null
   * @return a copy with this timestamp and the same event id
   * @throws NullPointerException if {@code timestamp} is null
   */
  public Event at(Instant timestamp) {
    return new Event(name, properties, Objects.requireNonNull(timestamp, "timestamp"), eventId);
  }

  /**
   * Uses the caller's own id, e.g. an order id, so that re-sending from another process is deduplicated too.
   *
   * @param eventId the id, 1 to 128 characters, not blank
   * @return a copy with this event id
   * @throws IllegalArgumentException for a null, blank or over-long id
   */
  public Event withEventId(String eventId) {
    if (eventId == null || eventId.isBlank() || eventId.length() > 128) {
      throw new IllegalArgumentException("eventId must be 1..128 characters");
    }
    return new Event(name, properties, timestamp, eventId);
  }

  /**
   * The event's name.
   *
   * @return the lowercase snake_case name it was made with
   */
  public String name() {
    return name;
  }

  /**
   * The event's properties.
   *
   * @return an unmodifiable deep copy of the properties; empty when it has none
   */
  public Map<String, Object> properties() {
    return properties;
  }

  /**
   * When the event happened, if set with {@link #at}.
   *
   * @return the timestamp, or empty when the server stamps it on arrival
   */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * The id the server deduplicates on.
   *
   * @return the random id made with the event, or the one set with {@link #withEventId}
   */
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
    // snake_case words, optionally joined by '.' (amba-api.md section 8: "session.completed"):
    // each word starts with a letter, so "a..b", ".a", "a." and "a._b" are refused.
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'a' && c <= 'z';
      boolean ok = wordStart ? letter : letter || c == '_' || c == '.' || (c >= '0' && c <= '9');
      wordStart = c == '.';
      if (!ok || (wordStart && i == name.length() - 1)) {
        throw new IllegalArgumentException("event name must be lowercase snake_case words (a-z, 0-9, _; each"
            + " starting with a letter), optionally joined by '.', got \"" + name + '"');
      }
    }
  }

  @Override
  public String toString() {
    return "Event{name=" + name + ", eventId=" + eventId + ", properties=" + properties.keySet()
        + (timestamp == null ? "" : ", timestamp=" + timestamp) + '}';
  }
}
