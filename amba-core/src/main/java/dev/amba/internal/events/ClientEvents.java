package dev.amba.internal.events;

import dev.amba.events.Event;
import dev.amba.events.TrackResult;
import dev.amba.events.UserEvents;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.EventEndpoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ClientEvents implements UserEvents {

  private final UserCalls calls;

  public ClientEvents(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public TrackResult track(Event event) {
    Objects.requireNonNull(event, "event");
    // The event_id makes this POST safe to repeat: the server stores each id once.
    return calls.call(EventEndpoints.TRACK)
        .body(wire(event)).data(TrackResult.class);
  }

  @Override
  public TrackResult track(List<Event> events) {
    Objects.requireNonNull(events, "events");
    List<Map<String, Object>> wire = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e == null) {
        throw new IllegalArgumentException("events[" + i + "] is null");
      }
      wire.add(wire(e));
    }
    int tracked = 0;
    for (List<Map<String, Object>> batch : EventBatches.split(wire, MAX_BATCH)) {
      tracked += calls.call(EventEndpoints.TRACK)
          .body(Map.of("events", batch)).<TrackResult>data(TrackResult.class).tracked();
    }
    return new TrackResult(tracked);
  }

  static Map<String, Object> wire(Event event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", event.name());
    if (!event.properties().isEmpty()) {
      body.put("properties", event.properties());
    }
    event.timestamp().ifPresent(t -> body.put("timestamp", t.toString()));
    body.put("event_id", event.eventId());
    return body;
  }
}
