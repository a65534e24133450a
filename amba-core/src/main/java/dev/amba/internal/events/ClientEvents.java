package dev.amba.internal.events;

import dev.amba.RequestOptions;
import dev.amba.events.Event;
import dev.amba.events.TrackResult;
import dev.amba.events.UserEvents;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.endpoint.EventEndpoints;
import dev.amba.internal.http.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ClientEvents implements UserEvents {

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  public ClientEvents(ClientRuntime runtime, Scope scope, RequestOptions options) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
  }

  @Override
  public TrackResult track(Event event) {
    Objects.requireNonNull(event, "event");
    // The event_id makes this POST safe to repeat: the server stores each id once.
    return runtime.api.call(EventEndpoints.TRACK, scope, options)
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
      tracked += runtime.api.call(EventEndpoints.TRACK, scope, options)
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
