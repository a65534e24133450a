package dev.amba.internal.events;

import dev.amba.Page;
import dev.amba.events.Event;
import dev.amba.events.EventCount;
import dev.amba.events.EventCountQuery;
import dev.amba.events.EventListQuery;
import dev.amba.events.EventPipeline;
import dev.amba.events.EventPipelineOptions;
import dev.amba.events.IngestEvent;
import dev.amba.events.IngestResult;
import dev.amba.events.ProjectEvents;
import dev.amba.events.StoredEvent;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.Json;
import dev.amba.internal.Paging;
import dev.amba.internal.UserIds;
import dev.amba.internal.endpoint.EventEndpoints;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class EventAdmin implements ProjectEvents {

  private final ProjectCalls calls;

  public EventAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public IngestResult ingest(List<IngestEvent> events) {
    Objects.requireNonNull(events, "events");
    List<Map<String, Object>> wire = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      IngestEvent e = events.get(i);
      if (e == null) {
        throw new IllegalArgumentException("events[" + i + "] is null");
      }
      UserIds.check(e.userId(), "events[" + i + "].userId");
      wire.add(wire(e));
    }
    IngestResult total = new IngestResult(0, 0);
    for (List<Map<String, Object>> batch : EventBatches.split(wire, MAX_BATCH)) {
      total = total.plus(sendBatch(calls, batch));
    }
    return total;
  }

  /** One ingest request; safe to repeat, as the server stores each event_id once. */
  static IngestResult sendBatch(ProjectCalls calls, List<Map<String, Object>> batch) {
    return calls.call(EventEndpoints.ADMIN_INGEST)
        .body(Map.of("events", batch)).data(IngestResult.class);
  }

  @Override
  public EventPipeline pipeline(EventPipelineOptions pipelineOptions) {
    Objects.requireNonNull(pipelineOptions, "options");
    calls.runtime().ensureOpen();
    return calls.runtime().track(new BufferedEventPipeline(calls, pipelineOptions));
  }

  static Map<String, Object> wire(IngestEvent e) {
    Event event = e.event();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event_id", event.eventId());
    body.put("user_id", e.userId());
    body.put("event", event.name());
    if (!event.properties().isEmpty()) {
      body.put("properties", event.properties());
    }
    event.timestamp().ifPresent(t -> body.put("occurred_at", t.toString()));
    return body;
  }

  @Override
  public Page<StoredEvent> list(EventListQuery query) {
    Objects.requireNonNull(query, "query");
    query.userId().ifPresent(u -> UserIds.check(u, "userId"));
    return calls.call(EventEndpoints.ADMIN_LIST)
        .query("since", query.since().map(Instant::toString).orElse(null))
        .query("until", query.until().map(Instant::toString).orElse(null))
        .query("event_name", query.eventName().orElse(null))
        .query("user_id", query.userId().orElse(null))
        .query("limit", query.limit())
        .query("cursor", query.cursor().orElse(null))
        .cursorPage(StoredEvent.class);
  }

  @Override
  public Stream<StoredEvent> listAll(EventListQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.cursorStream(query.cursor().orElse(null), cursor -> list(query.cursor(cursor)));
  }

  @Override
  public EventCount count(EventCountQuery query) {
    Objects.requireNonNull(query, "query");
    // The server measures an open range up to its own now; checking here spares a sure 400.
    EventCountQuery.checkRange(query.since(), query.until().orElseGet(() -> calls.runtime().config.clock().instant()));
    query.userId().ifPresent(u -> UserIds.check(u, "userId"));
    return calls.call(EventEndpoints.ADMIN_COUNT)
        .query("since", query.since().toString())
        .query("until", query.until().map(Instant::toString).orElse(null))
        .query("event_name", query.eventName().orElse(null))
        .query("user_id", query.userId().orElse(null))
        .query("segment_id", query.segmentId().orElse(null))
        .query("properties", query.properties().isEmpty() ? null
            : new String(Json.encode(query.properties()), StandardCharsets.UTF_8))
        .query("group_by", query.groupBy().map(g -> g.value()).orElse(null))
        .data(EventCount.class);
  }
}
