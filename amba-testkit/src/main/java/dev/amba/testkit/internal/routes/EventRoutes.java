package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.EventEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.store.EventStore;
import dev.amba.testkit.internal.store.EventStore.EventRow;
import dev.amba.testkit.internal.store.EventStore.NewEvent;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Analytics events (amba-api.md section 8): client tracking, admin ingest, list and count. */
public final class EventRoutes implements RouteModule {
  static final int MAX_BATCH = 500;
  private static final Pattern EVENT_NAME = Pattern.compile("(?=.{1,128}$)[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  private static final int MAX_EVENT_ID = 255;
  private static final int MAX_USER_ID = 128;
  private static final Duration MAX_COUNT_RANGE = Duration.ofDays(90);
  private static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
  private static final Set<String> CLIENT_FIELDS = Set.of("event", "properties", "timestamp", "event_id");
  private static final Set<String> ADMIN_FIELDS =
      Set.of("event_id", "user_id", "event", "properties", "occurred_at");

  private final Stores stores;
  private final Clock clock;

  /** The count's {@code segment_id} filter (amba-api-modules.md 36). */
  private final Segments segments;

  public EventRoutes(Stores stores, Clock clock, Segments segments) {
    this.stores = stores;
    this.clock = clock;
    this.segments = segments;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(EventEndpoints.TRACK, this::track);
    routes.on(EventEndpoints.ADMIN_INGEST, this::ingest);
    routes.on(EventEndpoints.ADMIN_LIST, this::list);
    routes.on(EventEndpoints.ADMIN_COUNT, this::count);
  }

  private ApiResponse track(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    List<JsonValue> items;
    String prefix;
    if (body.containsKey("events")) {
      items = batch(body);
      prefix = "events";
    } else {
      // A single event is the body itself.
      items = List.of(body);
      prefix = null;
    }
    FieldErrors errors = new FieldErrors();
    List<NewEvent> events = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = prefix == null ? "" : prefix + "[" + i + "].";
      NewEvent e = event(items.get(i), path, CLIENT_FIELDS, "timestamp", caller.requireUser(), errors);
      if (e != null) {
        events.add(e);
      }
    }
    errors.throwIfAny();
    stores.events().insert(caller.projectId(), events);
    // Duplicates count as tracked: a retry must look exactly like the first success.
    return ApiResponse.ok(JsonIo.object().add("tracked", events.size()).build());
  }

  private ApiResponse ingest(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    if (!body.containsKey("events")) {
      throw FieldErrors.single("events", "is required");
    }
    List<JsonValue> items = batch(body);
    FieldErrors errors = new FieldErrors();
    List<NewEvent> events = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      NewEvent e = event(items.get(i), "events[" + i + "].", ADMIN_FIELDS, "occurred_at", null, errors);
      if (e != null) {
        events.add(e);
      }
    }
    errors.throwIfAny();
    EventStore.InsertResult result = stores.events().insert(caller.projectId(), events);
    return ApiResponse.ok(JsonIo.object()
        .add("ingested", result.stored())
        .add("duplicates", result.duplicates())
        .build());
  }

  /** The {@code events} array of a batch body, size-checked before anything else is looked at. */
  private static List<JsonValue> batch(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    for (String key : body.keySet()) {
      if (!key.equals("events")) {
        errors.add(key, "is not allowed beside events");
      }
    }
    JsonValue events = body.get("events");
    if (events.getValueType() != JsonValue.ValueType.ARRAY) {
      errors.wrongType("events", "array", events);
    }
    errors.throwIfAny();
    JsonArray array = events.asJsonArray();
    if (array.size() > MAX_BATCH) {
      throw new ApiException(413, "batch_too_large",
          "a batch holds at most " + MAX_BATCH + " events; this one has " + array.size());
    }
    return array;
  }

  /**
   * Validates one event. {@code actingUser} is the user of a client call; null means the event
   * names its own {@code user_id} (admin ingest). Returns null when it recorded errors.
   */
  private static NewEvent event(JsonValue item, String path, Set<String> allowed, String timeField,
      String actingUser, FieldErrors errors) {
    if (item.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType(path.isEmpty() ? "$" : path.substring(0, path.length() - 1), "object", item);
      return null;
    }
    int errorsBefore = errors.size();
    JsonObject o = item.asJsonObject();
    errors.unknownFields(path, o.keySet(), allowed, "is not an event field; expected one of");

    String name = JsonFields.string(o, path, "event", true, errors);
    if (name != null && !EVENT_NAME.matcher(name).matches()) {
      errors.add(path + "event",
          "must be lowercase snake_case words joined by . (^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$), at most 128 characters");
    }

    JsonObject properties = JsonValue.EMPTY_JSON_OBJECT;
    JsonValue props = o.get("properties");
    if (props != null && props.getValueType() == JsonValue.ValueType.OBJECT) {
      properties = props.asJsonObject();
    } else if (props != null && props.getValueType() != JsonValue.ValueType.NULL) {
      errors.wrongType(path + "properties", "object", props);
    }

    Instant occurredAt = null;
    String time = JsonFields.string(o, path, timeField, false, errors);
    if (time != null) {
      occurredAt = Times.parseOrNull(time);
      if (occurredAt == null) {
        errors.add(path + timeField, "must be an ISO-8601 instant such as 2024-05-01T10:00:00Z");
      }
    }

    String eventId = JsonFields.string(o, path, "event_id", false, errors);
    if (eventId != null && (eventId.isEmpty() || eventId.length() > MAX_EVENT_ID)) {
      errors.add(path + "event_id", "must have 1 to " + MAX_EVENT_ID + " characters");
    }

    String userId = actingUser;
    if (actingUser == null) {
      userId = JsonFields.string(o, path, "user_id", true, errors);
      if (userId != null && (userId.isEmpty() || userId.length() > MAX_USER_ID)) {
        errors.add(path + "user_id", "must have 1 to " + MAX_USER_ID + " characters");
      }
    }
    return errors.size() == errorsBefore
        ? new NewEvent(userId, name, properties, occurredAt, eventId)
        : null;
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    Instant since = time(request, "since", "invalid_since");
    Instant until = time(request, "until", "invalid_until");
    int limit = Params.intParam(request, "limit", 100, 1, 1000, "invalid_limit");
    EventStore.Position after = decodeCursor(Params.optional(request, "cursor"));
    EventStore.Filter filter = new EventStore.Filter(caller.projectId(),
        since != null ? since : defaultSince(), until,
        Params.optional(request, "event_name"), Params.optional(request, "user_id"));

    List<EventRow> rows = stores.events().list(filter, after, limit);
    boolean hasMore = rows.size() > limit;
    List<EventRow> page = hasMore ? rows.subList(0, limit) : rows;
    JsonArrayBuilder data = JsonIo.array();
    for (EventRow row : page) {
      data.add(JsonIo.object()
          .add("id", row.id())
          .add("app_user_id", row.userId())
          .add("event_name", row.name())
          .add("properties", JsonIo.parseStoredObject(row.propertiesJson()))
          .add("occurred_at", Times.format(row.occurredAt())));
    }
    String next = hasMore ? encodeCursor(page.get(page.size() - 1)) : null;
    return ApiResponse.json(200, JsonIo.object()
        .add("data", data)
        .add("next_cursor", JsonIo.string(next))
        .add("has_more", hasMore)
        .build());
  }

  private ApiResponse count(ApiRequest request, Caller caller) throws SQLException {
    Instant since = time(request, "since", "invalid_since");
    Instant until = time(request, "until", "invalid_until");
    if (since == null) {
      since = defaultSince();
    }
    Instant end = until != null ? until : clock.instant();
    if (until != null && since.isAfter(until)) {
      throw ApiException.badRequest("invalid_range", "since must not be after until");
    }
    if (Duration.between(since, end).compareTo(MAX_COUNT_RANGE) > 0) {
      throw ApiException.badRequest("invalid_range", "a count covers at most 90 days");
    }
    String groupBy = Params.optional(request, "group_by");
    if (groupBy != null && !groupBy.equals("day") && !groupBy.equals("event_name")) {
      throw ApiException.badRequest("invalid_group_by", "group_by must be day or event_name");
    }
    JsonObject properties = propertiesFilter(Params.optional(request, "properties"));
    EventStore.Filter filter = new EventStore.Filter(caller.projectId(), since, until,
        Params.optional(request, "event_name"), Params.optional(request, "user_id"))
        .among(segmentMembers(caller.projectId(), Params.optional(request, "segment_id")));

    long[] total = {0};
    Map<String, Long> byName = new HashMap<>();
    TreeMap<LocalDate, Long> byDay = new TreeMap<>();
    stores.events().scan(filter, !properties.isEmpty(), (name, occurredAt, json) -> {
      if (!properties.isEmpty() && !matches(JsonIo.parseStoredObject(json), properties)) {
        return;
      }
      total[0]++;
      if ("day".equals(groupBy)) {
        byDay.merge(LocalDate.ofInstant(occurredAt, ZoneOffset.UTC), 1L, Long::sum);
      } else if ("event_name".equals(groupBy)) {
        byName.merge(name, 1L, Long::sum);
      }
    });

    JsonArrayBuilder buckets = JsonIo.array();
    // Days in calendar order; names busiest first, so the top events lead.
    byDay.forEach((day, n) -> buckets.add(bucket(day.toString(), n)));
    byName.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> buckets.add(bucket(e.getKey(), e.getValue())));
    return ApiResponse.ok(JsonIo.object().add("total", total[0]).add("buckets", buckets).build());
  }

  /**
   * X: {@code segment_id} counts the events of the segment's members as they are at the time of
   * the count (36.3 #6), not as they were when each event arrived; an unknown segment is 404
   * {@code segment_not_found}, as in the users list.
   */
  private Set<String> segmentMembers(String projectId, String segmentId) throws SQLException {
    if (segmentId == null) {
      return null;
    }
    if (!segments.exists(projectId, segmentId)) {
      throw ApiException.notFound("segment_not_found", "no segment with this id in the project");
    }
    return segments.members(projectId, segmentId);
  }

  private static JsonObject bucket(String key, long count) {
    return JsonIo.object().add("key", key).add("count", count).build();
  }

  private static boolean matches(JsonObject stored, JsonObject wanted) {
    for (Map.Entry<String, JsonValue> e : wanted.entrySet()) {
      JsonValue actual = stored.get(e.getKey());
      if (actual == null || !JsonIo.sameJson(actual, e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static JsonObject propertiesFilter(String text) {
    if (text == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonValue value = JsonIo.parse(text, "invalid_properties", "properties");
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ApiException.badRequest("invalid_properties", "properties must be a JSON object");
    }
    return value.asJsonObject();
  }

  private Instant defaultSince() {
    return Times.truncate(clock.instant().minus(DEFAULT_WINDOW));
  }

  private static Instant time(ApiRequest request, String name, String errorCode) {
    String text = Params.optional(request, name);
    if (text == null) {
      return null;
    }
    Instant parsed = Times.parseOrNull(text.trim());
    if (parsed == null) {
      throw ApiException.badRequest(errorCode,
          name + " must be an ISO-8601 instant such as 2024-05-01T10:00:00Z, or a date");
    }
    return parsed;
  }

  // The cursor is the position of the last row served (time and insertion order), so a page
  // boundary is stable while newer events keep arriving.
  private static String encodeCursor(EventRow last) {
    String raw = last.seq() + "|" + last.occurredAt();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static EventStore.Position decodeCursor(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      long seq = Long.parseLong(raw.substring(0, bar));
      Instant at = Instant.parse(raw.substring(bar + 1));
      return new EventStore.Position(at, seq);
    } catch (RuntimeException e) {
      throw ApiException.badRequest("invalid_cursor", "cursor is not one this API returned");
    }
  }
}
