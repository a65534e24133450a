package dev.amba.testkit.internal.content;

import static dev.amba.testkit.internal.content.ContentTables.DELIVERIES;
import static dev.amba.testkit.internal.content.ContentTables.ITEMS;
import static dev.amba.testkit.internal.content.ContentTables.LIBRARIES;
import static dev.amba.testkit.internal.content.ContentTables.SCHEDULES;
import static dev.amba.testkit.internal.content.ContentTables.STATES;

import dev.amba.internal.content.Cron;
import dev.amba.internal.content.Slugs;
import dev.amba.internal.endpoint.ContentEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.content.ContentTicks.Tick;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Resource.Where;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Listing;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Content (amba-api-modules.md 28): libraries, items, per-user item state, and schedules whose
 * ticks are settled when read (M3): the item of a tick is chosen at the first read after it, under
 * the schedule's lock, stored, and served to every reader until the next tick (28.4 #3).
 *
 * <p>X decisions beyond 28: the schedule that serves a channel is the newest active segment-scoped
 * one the user is a member of, else the newest active broadcast one, and only that one is asked
 * for a tick (an older schedule never fills in); items sharing a {@code content_key} take one place
 * in a rotation (the place of the lowest {@code sort_order}) and the user's version is resolved at
 * the read (28.4 #6), which applies to today's item only; a change of a schedule's cron or zone
 * forgets its stored ticks, so counting starts afresh from its creation under the new cron; admin
 * reads carry no {@code user_state}; a client PATCH of any other field than 28.1 names, and a client
 * create naming {@code content_key}, {@code version} or {@code rollout_percent}, is 400
 * {@code invalid_input}; PUT state needs an active item; {@code next_cursor} is opaque (the next
 * offset inside); the bulk upsert updates the highest version of a key and answers 200.
 */
public final class ContentRoutes implements RouteModule {

  private static final int PAGE = 50;
  private static final int MAX_PAGE = 100;
  private static final int MAX_BATCH = 100;
  private static final String DEFAULT_CHANNEL = "default";
  /** Fields a client create may name and the server ignores (28.1). */
  private static final Set<String> CLIENT_IGNORED = Set.of("is_premium", "is_active", "sort_order");
  private static final Set<String> ADMIN_ONLY = Set.of("content_key", "version", "rollout_percent");
  private static final Set<String> CLIENT_PATCH = Set.of("title", "body", "media_url", "category", "tags",
      "metadata", "is_active");
  private static final Set<String> BULK_FIELDS = Set.of("key", "title", "body", "metadata", "tags");
  private static final Set<String> CONFIG_KEYS = Set.of("timezone", "cron");
  private static final int MAX_TAGS = 50;
  private static final int MAX_TAG = 64;

  private final Stores stores;
  private final Clock clock;
  private final Segments segments;
  private final KeyedLocks locks = new KeyedLocks();
  private final Crud items;

  public ContentRoutes(Stores stores, Clock clock, Segments segments) {
    this.stores = stores;
    this.clock = clock;
    this.segments = segments;
    this.items = Crud.of(ITEMS, stores, clock);
  }

  @Override
  public List<Resource> resources() {
    return List.of(LIBRARIES, ITEMS, STATES, SCHEDULES, DELIVERIES);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(ContentEndpoints.TODAY_CHANNEL, (r, c) -> today(c, r.pathParam("channel")));
    routes.on(ContentEndpoints.TODAY, (r, c) -> today(c, DEFAULT_CHANNEL));
    routes.on(ContentEndpoints.LIBRARY_ITEMS, this::libraryPage);
    routes.on(ContentEndpoints.LIBRARY, this::libraryPage);
    routes.on(ContentEndpoints.CREATE_ITEM, this::createOwnItem);
    routes.on(ContentEndpoints.GET_ITEM, this::getItem);
    routes.on(ContentEndpoints.UPDATE_ITEM, this::updateOwnItem);
    routes.on(ContentEndpoints.DELETE_ITEM, this::deleteOwnItem);
    routes.on(ContentEndpoints.PUT_STATE, this::putState);
    routes.on(ContentEndpoints.ADMIN_CREATE_LIBRARY, this::createLibrary);
    routes.on(ContentEndpoints.ADMIN_LIBRARIES, this::listLibraries);
    routes.on(ContentEndpoints.ADMIN_ADD_ITEMS, this::addItems);
    routes.on(ContentEndpoints.ADMIN_ITEMS, this::adminItems);
    routes.on(ContentEndpoints.ADMIN_UPDATE_ITEM, this::adminUpdateItem);
    routes.on(ContentEndpoints.ADMIN_DELETE_ITEM, this::adminDeleteItem);
    routes.on(ContentEndpoints.ADMIN_BULK, this::bulk);
    routes.on(ContentEndpoints.ADMIN_CREATE_SCHEDULE, this::createSchedule);
    routes.on(ContentEndpoints.ADMIN_SCHEDULES, this::listSchedules);
    routes.on(ContentEndpoints.ADMIN_UPDATE_SCHEDULE, this::updateSchedule);
    routes.on(ContentEndpoints.ADMIN_DELETE_SCHEDULE, this::deleteSchedule);
  }

  // ---------------------------------------------------------------- today (28.4 #1-#6)

  private ApiResponse today(Caller caller, String channel) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    Instant now = clock.instant();
    record Candidates(Row library, List<Row> schedules) {}
    Candidates found = stores.db().read(c -> {
      Row library = libraryForChannel(c, scope, channel).orElseThrow(ContentRoutes::notScheduled);
      return new Candidates(library, SCHEDULES.listWhere(c, scope, SCHEDULES.where()
          .eq("library_id", uuid(library.id())).eq("is_active", true)));
    });
    Row schedule = serving(caller.projectId(), uid, found.schedules());
    Row delivery = locks.transaction(stores.db(), c -> delivery(c, scope, schedule, now), caller.projectId(),
        schedule.id());
    JsonObject today = stores.db().read(c -> {
      Row item = servedItem(c, scope, found.library(), delivery, uid);
      JsonObject metadata = item.get("metadata") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
      return JsonIo.object().add("id", item.id()).add("channel", channel).add("title", item.get("title"))
          .add("body", item.get("body")).add("data", metadata)
          .add("published_at", Resource.stamp(delivery.instant("tick_at")))
          .add("user_state", state(c, caller.projectId(), uid, item.id()))
          .add("is_premium", item.bool("is_premium")).build();
    });
    return ApiResponse.ok(today);
  }

  /** A library's slug, else its exact name, else its name in any case (28.4 #1). */
  private static Optional<Row> libraryForChannel(Connection c, Scope scope, String channel) throws SQLException {
    Optional<Row> bySlug = LIBRARIES.find(c, scope, channel);
    if (bySlug.isPresent()) {
      return bySlug;
    }
    List<Row> all = LIBRARIES.list(c, scope);
    for (Row l : all) {
      if (channel.equals(l.string("name"))) {
        return Optional.of(l);
      }
    }
    return all.stream().filter(l -> channel.equalsIgnoreCase(l.string("name"))).findFirst();
  }

  /** The newest segment-scoped schedule the user belongs to, else the newest broadcast one (28.4 #5). */
  private Row serving(String projectId, String uid, List<Row> active) throws SQLException {
    Row broadcast = null;
    for (int i = active.size() - 1; i >= 0; i--) {
      Row s = active.get(i);
      String segment = s.string("segment_id");
      if (segment == null) {
        broadcast = broadcast == null ? s : broadcast;
      } else if (segments.contains(projectId, segment, uid)) {
        return s;
      }
    }
    if (broadcast == null) {
      throw notScheduled();
    }
    return broadcast;
  }

  /** The delivery of the schedule's latest tick, chosen now when this is the first read since it. */
  private static Row delivery(Connection c, Scope scope, Row schedule, Instant now) throws SQLException {
    Optional<Row> last = latestDelivery(c, scope, schedule);
    Tick known = last.map(d -> new Tick(d.instant("tick_at"), d.bigint("tick_index"))).orElse(null);
    Tick tick = ContentTicks.latest(schedule, now, known);
    if (tick == null) {
      throw notScheduled();
    }
    if (last.isPresent() && known.at().equals(tick.at())) {
      return last.get();
    }
    List<Row> slots = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Row item : ITEMS.listWhere(c, scope, ITEMS.where().eq("library_id", uuid(schedule.string("library_id")))
        .eq("is_active", true))) {
      String key = item.string("content_key");
      if (key == null || keys.add(key)) {
        slots.add(item);
      }
    }
    if (slots.isEmpty()) {
      throw notScheduled();
    }
    Row chosen = slots.get(ContentTicks.choose(schedule, tick, slots.size()));
    Values v = DELIVERIES.values().set("schedule_id", Json.createValue(schedule.id()))
        .set("tick_at", Resource.stamp(tick.at())).set("tick_index", Json.createValue(tick.index()))
        .set("item_id", Json.createValue(chosen.id())).set("content_key", chosen.get("content_key"));
    return DELIVERIES.insert(c, scope, v, now);
  }

  private static Optional<Row> latestDelivery(Connection c, Scope scope, Row schedule) throws SQLException {
    Listing<Row> newest = DELIVERIES.pageWhere(c, scope, DELIVERIES.where().eq("schedule_id", uuid(schedule.id())),
        1, 0);
    return newest.items().stream().findFirst();
  }

  /** The item a delivery serves this user: its own, or the user's version of its key (28.4 #4, #6). */
  private static Row servedItem(Connection c, Scope scope, Row library, Row delivery, String uid) throws SQLException {
    String key = delivery.string("content_key");
    Row item;
    if (key == null) {
      item = ITEMS.findById(c, scope, delivery.string("item_id")).filter(i -> i.bool("is_active")).orElse(null);
    } else {
      item = ContentTicks.version(ITEMS.listWhere(c, scope, ITEMS.where().eq("library_id", uuid(library.id()))
          .eq("content_key", key).eq("is_active", true)), uid, key);
    }
    if (item == null) {
      throw ApiException.notFound("content_not_available", "the item chosen at the latest tick is no longer available");
    }
    return item;
  }

  private static ApiException notScheduled() {
    return ApiException.notFound("content_not_scheduled", "no schedule serves this channel now");
  }

  // ---------------------------------------------------------------- client items (28.1)

  private ApiResponse libraryPage(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    int limit = Params.intParam(request, "limit", PAGE, 1, MAX_PAGE, "invalid_input");
    String cursor = Params.optional(request, "cursor");
    if (cursor != null && request.query("offset") != null) {
      throw new FieldErrors("invalid_input").add("cursor", "give cursor or offset, not both").toException();
    }
    int offset = cursor != null ? fromCursor(cursor)
        : Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    String category = Params.optional(request, "category");
    String idOrSlug = request.pathParam("idOrSlug");
    return stores.db().read(c -> {
      Row library = LIBRARIES.require(c, scope, idOrSlug);
      Where where = ITEMS.where().eq("library_id", uuid(library.id())).eq("is_active", true);
      Listing<Row> page = ITEMS.pageWhere(c, scope, category == null ? where : where.eq("category", category),
          limit, offset);
      JsonArrayBuilder data = JsonIo.array();
      for (Row item : page.items()) {
        data.add(clientItem(c, caller.projectId(), uid, item));
      }
      long next = (long) offset + page.items().size();
      return ApiResponse.json(200, JsonIo.object().add("data", data).add("total", page.total()).add("offset", offset)
          .add("limit", limit).add("next_cursor", next < page.total() ? JsonIo.string(toCursor((int) next))
              : JsonValue.NULL).build());
    });
  }

  private static String toCursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int fromCursor(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("o:")) {
        int offset = Integer.parseInt(text.substring(2));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException ignored) {
      // Falls through to the same answer as any other cursor this emulator did not make.
    }
    throw new FieldErrors("invalid_input").add("cursor", "is not a cursor of this list").toException();
  }

  private ApiResponse createOwnItem(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors("invalid_input");
    for (String name : ADMIN_ONLY) {
      if (body.containsKey(name)) {
        errors.add(name, "only an admin may set this field");
      }
    }
    errors.throwIfAny();
    JsonObjectBuilder kept = JsonIo.object();
    body.forEach((k, v) -> {
      if (!CLIENT_IGNORED.contains(k)) {
        kept.add(k, v);
      }
    });
    Values values = checked(ITEMS.forCreate(kept.build()));
    String idOrSlug = request.pathParam("idOrSlug");
    Row library = stores.db().read(c -> LIBRARIES.require(c, scope, idOrSlug));
    values.set("owner_app_user_id", JsonIo.string(uid));
    Row item = insertItems(scope, library, List.of(values)).get(0);
    return ApiResponse.created(stores.db().read(c -> clientItem(c, caller.projectId(), uid, item)));
  }

  private ApiResponse getItem(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    String id = request.pathParam("itemId");
    return ApiResponse.ok(stores.db().read(c -> {
      Row item = ITEMS.findById(c, scope, id).filter(i -> i.bool("is_active")).orElseThrow(ITEMS::notFound);
      return clientItem(c, caller.projectId(), uid, item);
    }));
  }

  private ApiResponse updateOwnItem(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    JsonObject body = request.jsonObject();
    new FieldErrors("invalid_input").unknownFields(body, CLIENT_PATCH).throwIfAny();
    Values values = checked(ITEMS.forUpdate(body));
    String id = request.pathParam("itemId");
    Row item = stores.db().transaction(c -> ITEMS.update(c, owned(c, scope, id, uid), values, clock.instant()));
    return ApiResponse.ok(stores.db().read(c -> clientItem(c, caller.projectId(), uid, item)));
  }

  private ApiResponse deleteOwnItem(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope scope = Scope.project(caller.projectId());
    String id = request.pathParam("itemId");
    stores.db().transaction(c -> {
      removeItem(c, owned(c, scope, id, uid));
      return null;
    });
    return deleted(id);
  }

  /** The item when the user wrote it; any other answers 404 as a missing one (28.4 #7). */
  private static Row owned(Connection c, Scope scope, String id, String uid) throws SQLException {
    return ITEMS.findById(c, scope, id).filter(i -> uid.equals(i.string("owner_app_user_id")))
        .orElseThrow(ITEMS::notFound);
  }

  private ApiResponse putState(ApiRequest request, Caller caller) throws SQLException {
    String uid = caller.requireUser();
    Scope project = Scope.project(caller.projectId());
    Scope mine = Scope.user(caller.projectId(), uid);
    if (!(request.json() instanceof JsonObject state)) {
      throw new FieldErrors("invalid_input").add("$", "must be a JSON object").toException();
    }
    String id = request.pathParam("itemId");
    Row item = locks.transaction(stores.db(), c -> {
      Row active = ITEMS.findById(c, project, id).filter(i -> i.bool("is_active")).orElseThrow(ITEMS::notFound);
      Values v = STATES.values().set("state", state);
      Optional<Row> current = STATES.find(c, mine, active.id());
      if (current.isPresent()) {
        STATES.update(c, current.get(), v, clock.instant());
      } else {
        STATES.insert(c, mine, v.set("item_id", JsonIo.string(active.id())), clock.instant());
      }
      return active;
    }, caller.projectId(), uid, id);
    return ApiResponse.ok(stores.db().read(c -> clientItem(c, caller.projectId(), uid, item)));
  }

  /** An item as a client reads it: with the acting user's state, {@code {}} when none. */
  private static JsonObject clientItem(Connection c, String projectId, String uid, Row item) throws SQLException {
    return ITEMS.jsonBuilder(item).add("user_state", state(c, projectId, uid, item.id())).build();
  }

  private static JsonValue state(Connection c, String projectId, String uid, String itemId) throws SQLException {
    return STATES.find(c, Scope.user(projectId, uid), itemId).map(s -> s.get("state"))
        .orElse(JsonValue.EMPTY_JSON_OBJECT);
  }

  // ---------------------------------------------------------------- admin libraries and items (28.2)

  private ApiResponse createLibrary(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = LIBRARIES.forCreate(request.jsonObject());
    JsonValue schema = values.get("content_schema");
    if (schema != null && schema.getValueType() != JsonValue.ValueType.OBJECT
        && schema.getValueType() != JsonValue.ValueType.NULL) {
      throw new FieldErrors("invalid_input").add("content_schema", "must be an object or null").toException();
    }
    if (!values.has("slug")) {
      values.set("slug", JsonIo.string(Slugs.fromName(((JsonString) values.get("name")).getString())));
    }
    Row library = stores.db().transaction(c -> LIBRARIES.insert(c, scope, values, clock.instant()));
    return ApiResponse.created(LIBRARIES.json(library));
  }

  private ApiResponse listLibraries(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    return ApiResponse.ok(stores.db().read(c -> {
      JsonArrayBuilder data = JsonIo.array();
      for (Row library : LIBRARIES.list(c, scope)) {
        long count = ITEMS.pageWhere(c, scope, ITEMS.where().eq("library_id", uuid(library.id())), 1, 0).total();
        data.add(LIBRARIES.jsonBuilder(library).add("item_count", count));
      }
      return data.build();
    }));
  }

  private ApiResponse addItems(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    List<JsonObject> given = batch(request.jsonObject(), Set.of("items"));
    List<Values> all = new ArrayList<>();
    for (JsonObject item : given) {
      JsonObjectBuilder kept = JsonIo.object();
      // 28.3: sort_order is assigned, whatever a body says.
      item.forEach((k, v) -> {
        if (!k.equals("sort_order")) {
          kept.add(k, v);
        }
      });
      all.add(checked(ITEMS.forCreate(kept.build())));
    }
    String libraryId = request.pathParam("libraryId");
    Row library = stores.db().read(c -> LIBRARIES.requireById(c, scope, libraryId));
    JsonArrayBuilder data = JsonIo.array();
    insertItems(scope, library, all).forEach(r -> data.add(ITEMS.json(r)));
    return ApiResponse.created(data.build());
  }

  /** Inserts items after the library's highest {@code sort_order}, under the library's lock so two writers never share one. */
  private List<Row> insertItems(Scope scope, Row library, List<Values> all) throws SQLException {
    return locks.transaction(stores.db(), c -> {
      int next = nextSortOrder(c, scope, library);
      List<Row> rows = new ArrayList<>();
      for (Values v : all) {
        v.set("library_id", Json.createValue(library.id())).set("sort_order", Json.createValue(next++));
        rows.add(ITEMS.insert(c, scope, v, clock.instant()));
      }
      return rows;
    }, scope.projectId(), "library", library.id());
  }

  private static int nextSortOrder(Connection c, Scope scope, Row library) throws SQLException {
    Where inLibrary = ITEMS.where().eq("library_id", uuid(library.id()));
    long total = ITEMS.pageWhere(c, scope, inLibrary, 1, 0).total();
    if (total == 0) {
      return 0;
    }
    // Ordered by sort_order, so the last row holds the highest.
    Row last = ITEMS.pageWhere(c, scope, inLibrary, 1, (int) Math.min(total - 1, Integer.MAX_VALUE)).items().get(0);
    return last.integer("sort_order") + 1;
  }

  private ApiResponse adminItems(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    String libraryId = request.pathParam("libraryId");
    Row library = stores.db().read(c -> LIBRARIES.requireById(c, scope, libraryId));
    return items.offsetList(request, PAGE, MAX_PAGE, (c, limit, offset) ->
        ITEMS.pageWhere(c, scope, ITEMS.where().eq("library_id", uuid(library.id())), limit, offset));
  }

  private ApiResponse adminUpdateItem(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = checked(ITEMS.forUpdate(request.jsonObject()));
    String id = request.pathParam("itemId");
    Row item = stores.db().transaction(c -> ITEMS.update(c, ITEMS.requireById(c, scope, id), values,
        clock.instant()));
    return ApiResponse.ok(ITEMS.json(item));
  }

  private ApiResponse adminDeleteItem(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    String id = request.pathParam("itemId");
    stores.db().transaction(c -> {
      removeItem(c, ITEMS.requireById(c, scope, id));
      return null;
    });
    return deleted(id);
  }

  /** A hard delete, with every user's state of the item. */
  private static void removeItem(Connection c, Row item) throws SQLException {
    STATES.deleteWhere(c, item.projectId(), "item_id", item.id());
    ITEMS.delete(c, item);
  }

  private ApiResponse bulk(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    List<JsonObject> given = batch(request.jsonObject(), Set.of("items"));
    FieldErrors errors = new FieldErrors("invalid_input");
    Set<String> keys = new HashSet<>();
    record Upsert(String key, Values create, Values update) {}
    List<Upsert> upserts = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      JsonObject item = given.get(i);
      errors.unknownFields("items[" + i + "].", item.keySet(), BULK_FIELDS, "is not a known field; expected one of");
      if (!(item.get("key") instanceof JsonString key) || !dev.amba.testkit.internal.kit.Field.KEY.matcher(
          key.getString()).matches()) {
        errors.add("items[" + i + "].key", dev.amba.testkit.internal.kit.Field.KEY_RULE);
        continue;
      }
      if (!keys.add(key.getString())) {
        errors.add("items[" + i + "].key", "names a key an earlier item names");
        continue;
      }
      JsonObjectBuilder fields = JsonIo.object();
      item.forEach((k, v) -> {
        if (!k.equals("key") && BULK_FIELDS.contains(k)) {
          fields.add(k, v);
        }
      });
      JsonObject update = fields.build();
      Values create = checked(ITEMS.forCreate(Json.createObjectBuilder(update).add("content_key", key).build()));
      upserts.add(new Upsert(key.getString(), create, checked(ITEMS.forUpdate(update))));
    }
    errors.throwIfAny();
    String libraryId = request.pathParam("libraryId");
    Row library = stores.db().read(c -> LIBRARIES.requireById(c, scope, libraryId));
    List<String> ids = locks.transaction(stores.db(), c -> {
      List<String> out = new ArrayList<>();
      int next = nextSortOrder(c, scope, library);
      for (Upsert u : upserts) {
        Row current = null;
        for (Row r : ITEMS.listWhere(c, scope, ITEMS.where().eq("library_id", uuid(library.id()))
            .eq("content_key", u.key()))) {
          current = current == null || r.integer("version") > current.integer("version") ? r : current;
        }
        if (current != null) {
          out.add(ITEMS.update(c, current, u.update(), clock.instant()).id());
        } else {
          u.create().set("library_id", Json.createValue(library.id())).set("sort_order", Json.createValue(next++));
          out.add(ITEMS.insert(c, scope, u.create(), clock.instant()).id());
        }
      }
      return out;
    }, scope.projectId(), "library", library.id());
    JsonArrayBuilder data = JsonIo.array();
    ids.forEach(data::add);
    return ApiResponse.ok(JsonIo.object().add("ids", data).build());
  }

  /** The 1 to {@value #MAX_BATCH} objects of a body's {@code items}. */
  private static List<JsonObject> batch(JsonObject body, Set<String> allowed) {
    FieldErrors errors = new FieldErrors("invalid_input");
    errors.unknownFields(body, allowed).throwIfAny();
    if (!(body.get("items") instanceof JsonArray items) || items.isEmpty() || items.size() > MAX_BATCH) {
      throw errors.add("items", "must be an array of 1 to " + MAX_BATCH + " items").toException();
    }
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof JsonObject o) {
        out.add(o);
      } else {
        errors.add("items[" + i + "]", "must be an object", "object", items.get(i));
      }
    }
    errors.throwIfAny();
    return out;
  }

  /** The JSON fields' shapes, which the kit stores as any JSON: tags a list of short strings, metadata an object. */
  private static Values checked(Values values) {
    FieldErrors errors = new FieldErrors("invalid_input");
    JsonValue tags = values.get("tags");
    if (tags != null) {
      boolean ok = tags instanceof JsonArray list && list.size() <= MAX_TAGS && list.stream().allMatch(t ->
          t instanceof JsonString s && !s.getString().isBlank() && s.getString().length() <= MAX_TAG);
      if (!ok) {
        errors.add("tags", "must be an array of at most " + MAX_TAGS + " strings of 1 to " + MAX_TAG + " characters");
      }
    }
    JsonValue metadata = values.get("metadata");
    if (metadata != null && metadata.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.add("metadata", "must be an object", "object", metadata);
    }
    errors.throwIfAny();
    return values;
  }

  // ---------------------------------------------------------------- admin schedules (28.2, 28.4 #2)

  private ApiResponse createSchedule(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = SCHEDULES.forCreate(request.jsonObject());
    String type = ((JsonString) values.get("schedule_type")).getString();
    values.set("config", checkedConfig(values.get("config"), JsonValue.EMPTY_JSON_OBJECT, type));
    String libraryId = ((JsonString) values.get("library_id")).getString();
    stores.db().read(c -> LIBRARIES.findById(c, scope, libraryId))
        .orElseThrow(() -> ApiException.notFound("library_not_found", "no content library with this id"));
    requireSegment(caller.projectId(), values.get("segment_id"));
    Row schedule = stores.db().transaction(c -> SCHEDULES.insert(c, scope, values, clock.instant()));
    return ApiResponse.created(stores.db().read(c -> scheduleJson(c, scope, schedule)));
  }

  private ApiResponse listSchedules(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    return ApiResponse.ok(stores.db().read(c -> {
      JsonArrayBuilder data = JsonIo.array();
      for (Row s : SCHEDULES.list(c, scope)) {
        data.add(scheduleJson(c, scope, s));
      }
      return data.build();
    }));
  }

  private ApiResponse updateSchedule(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = SCHEDULES.forUpdate(request.jsonObject());
    String id = request.pathParam("scheduleId");
    if (values.has("segment_id")) {
      requireSegment(caller.projectId(), values.get("segment_id"));
    }
    Row schedule = locks.transaction(stores.db(), c -> {
      Row current = SCHEDULES.requireById(c, scope, id);
      if (values.has("config")) {
        JsonValue merged = checkedConfig(values.get("config"), current.get("config"),
            current.string("schedule_type"));
        values.set("config", merged);
        if (!JsonIo.sameJson(merged, current.get("config"))) {
          // A new cron or zone makes other ticks: the ones chosen under the old are forgotten.
          DELIVERIES.deleteWhere(c, scope.projectId(), "schedule_id", uuid(current.id()));
        }
      }
      return SCHEDULES.update(c, current, values, clock.instant());
    }, caller.projectId(), id);
    return ApiResponse.ok(stores.db().read(c -> scheduleJson(c, scope, schedule)));
  }

  private ApiResponse deleteSchedule(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    String id = request.pathParam("scheduleId");
    locks.transaction(stores.db(), c -> {
      Row current = SCHEDULES.requireById(c, scope, id);
      DELIVERIES.deleteWhere(c, scope.projectId(), "schedule_id", uuid(current.id()));
      return SCHEDULES.delete(c, current);
    }, caller.projectId(), id);
    return deleted(id);
  }

  /** A schedule with its library's name and its latest and next tick, as of now (28.3). */
  private JsonObject scheduleJson(Connection c, Scope scope, Row schedule) throws SQLException {
    Optional<Row> last = latestDelivery(c, scope, schedule);
    Tick known = last.map(d -> new Tick(d.instant("tick_at"), d.bigint("tick_index"))).orElse(null);
    Tick tick = ContentTicks.latest(schedule, clock.instant(), known);
    Instant next = ContentTicks.next(schedule, tick);
    String libraryName = LIBRARIES.findById(c, scope, schedule.string("library_id")).map(l -> l.string("name"))
        .orElse(null);
    return SCHEDULES.jsonBuilder(schedule).add("library_name", libraryName == null ? JsonValue.NULL
            : JsonIo.string(libraryName))
        .add("last_delivered_at", tick == null ? JsonValue.NULL : Resource.stamp(tick.at()))
        .add("next_delivery_at", next == null ? JsonValue.NULL : Resource.stamp(next)).build();
  }

  /**
   * The config a write leaves: the stored one with the given keys replaced (a null removes one),
   * checked: a zone that exists (400 {@code invalid_timezone}), a cron that parses (400
   * {@code invalid_cron}), and a cron for the types that have no default (400 {@code cron_required}).
   */
  private static JsonObject checkedConfig(JsonValue given, JsonValue stored, String type) {
    if (given != null && given.getValueType() != JsonValue.ValueType.NULL
        && given.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new FieldErrors("invalid_input").add("config", "must be an object {timezone?, cron?}", "object", given)
          .toException();
    }
    Map<String, JsonValue> merged = new LinkedHashMap<>();
    if (stored instanceof JsonObject s) {
      merged.putAll(s);
    }
    if (given instanceof JsonObject g) {
      new FieldErrors("invalid_input").unknownFields("config.", g.keySet(), CONFIG_KEYS,
          "is not a known field; expected one of").throwIfAny();
      g.forEach((k, v) -> {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
          merged.remove(k);
        } else {
          merged.put(k, v);
        }
      });
    }
    for (Map.Entry<String, JsonValue> e : merged.entrySet()) {
      if (!(e.getValue() instanceof JsonString)) {
        throw new FieldErrors("invalid_input").add("config." + e.getKey(), "must be a string", "string", e.getValue())
            .toException();
      }
    }
    if (merged.get("timezone") instanceof JsonString zone) {
      try {
        ZoneId.of(zone.getString());
      } catch (DateTimeException e) {
        throw ApiException.badRequest("invalid_timezone", "config.timezone is not an IANA zone: " + zone.getString());
      }
    }
    if (merged.get("cron") instanceof JsonString cron) {
      try {
        Cron.parse(cron.getString());
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("invalid_cron", e.getMessage());
      }
    } else if (ContentTables.RANDOM.equals(type) || ContentTables.SEQUENTIAL.equals(type)) {
      throw ApiException.badRequest("cron_required", "a " + type + " schedule needs config.cron");
    }
    JsonObjectBuilder out = JsonIo.object();
    merged.forEach(out::add);
    return out.build();
  }

  private void requireSegment(String projectId, JsonValue segmentId) throws SQLException {
    if (segmentId instanceof JsonString id && !segments.exists(projectId, id.getString())) {
      throw ApiException.notFound("segment_not_found", "no segment with this id in the project");
    }
  }

  private static ApiResponse deleted(String id) {
    return ApiResponse.ok(JsonIo.object().add("id", id).add("deleted", true).build());
  }

  private static UUID uuid(String id) {
    return UUID.fromString(id);
  }
}
