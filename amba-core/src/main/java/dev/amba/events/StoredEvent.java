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
 * @param properties the properties as stored; numbers come back as {@link java.math.BigDecimal}
 */
public record StoredEvent(
    String id, String appUserId, String eventName, Map<String, Object> properties, Instant occurredAt) {

  public StoredEvent {
    properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
