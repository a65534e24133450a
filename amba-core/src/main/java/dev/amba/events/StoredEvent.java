package dev.amba.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event as the admin API lists it.
 *
 * @param id the server's id of the stored event (not the client's {@code event_id})
 * @param appUserId the user it was recorded for
 * @param eventName the event's name
 * @param properties the properties as stored; numbers come back as {@link java.math.BigDecimal}
 * @param occurredAt when it happened: the event's own timestamp, or when the server received it
 */
public record StoredEvent(
    String id, String appUserId, String eventName, Map<String, Object> properties, Instant occurredAt) {

  /**
   * Copies {@code properties}, unmodifiable; null reads as empty.
   *
   * @param id the stored event's id
   * @param appUserId the user it was recorded for
   * @param eventName the event's name
   * @param properties the properties as stored
   * @param occurredAt when it happened
   */
  public StoredEvent {
    properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
