package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.PushEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.store.PushStore;
import dev.amba.testkit.internal.store.PushStore.CampaignFields;
import dev.amba.testkit.internal.store.PushStore.CampaignRow;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Push (amba-api.md section 7): the acting user's device tokens, and the admin campaigns, test
 * pushes and one user's scheduled pushes. Nothing reaches a device: each send records one delivery per active token, which
 * {@code AmbaEmulator.pushDeliveries()} shows. Scheduled campaigns go out when the emulator's clock
 * passes their time, checked whenever campaigns are read or sent.
 */
public final class PushRoutes implements RouteModule {
  private static final Set<String> PLATFORMS = Set.of("apns", "fcm", "web");
  private static final Set<String> CAMPAIGN_FIELDS = Set.of("name", "title", "body", "data", "segment_id",
      "delivery_mode", "scheduled_at", "local_date", "local_time");
  private static final Set<String> TEST_FIELDS = Set.of("title", "body", "data", "user_id");
  private static final Set<String> USER_SCHEDULE_FIELDS = Set.of("title", "body", "data", "scheduled_at");
  private static final String UNKNOWN_FIELD = "is not a field of this request; expected one of";
  private static final Pattern LOCAL_TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final int MAX_TOKEN = 4096;
  private static final int MAX_BUNDLE_ID = 255;
  private static final int MAX_TITLE = 256;
  private static final int MAX_BODY = 4096;
  private static final int MAX_NAME = 256;
  private static final int MAX_SEGMENT = 128;
  /** A local-time campaign is in the past once this last zone on Earth has passed its time. */
  private static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);

  private final Stores stores;
  private final Clock clock;
  private final Segments segments;

  public PushRoutes(Stores stores, Clock clock, Segments segments) {
    this.stores = stores;
    this.clock = clock;
    this.segments = segments;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(PushEndpoints.TOKEN_REGISTER, this::registerToken);
    routes.on(PushEndpoints.TOKEN_UNREGISTER, this::unregisterToken);
    routes.on(PushEndpoints.ADMIN_CAMPAIGNS_CREATE, this::create);
    routes.on(PushEndpoints.ADMIN_CAMPAIGNS_LIST, this::list);
    routes.on(PushEndpoints.ADMIN_CAMPAIGNS_GET, this::get);
    routes.on(PushEndpoints.ADMIN_CAMPAIGNS_UPDATE, this::update);
    routes.on(PushEndpoints.ADMIN_CAMPAIGNS_DELETE, this::delete);
    routes.on(PushEndpoints.ADMIN_CAMPAIGNS_SEND, this::send);
    // Revision 2: the test route is under campaigns; a literal segment outranks {campaignId}.
    routes.on(PushEndpoints.ADMIN_TEST, this::test);
    routes.on(PushEndpoints.ADMIN_USER_SCHEDULE, this::scheduleForUser);
  }

  // ---- tokens

  private ApiResponse registerToken(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, Set.of("token", "platform", "bundle_id"), UNKNOWN_FIELD);
    String token = text(body, "token", true, MAX_TOKEN, errors);
    String platform = text(body, "platform", true, 32, errors);
    if (platform != null && !PLATFORMS.contains(platform)) {
      errors.add("platform", "must be one of " + new TreeSet<>(PLATFORMS));
      platform = null;
    }
    String bundleId = text(body, "bundle_id", false, MAX_BUNDLE_ID, errors);
    if (bundleId == null && platform != null && !platform.equals("web")) {
      errors.add("bundle_id", "is required for platform " + platform, "string", null);
    }
    errors.throwIfAny();
    PushStore.TokenRow row = stores.push().register(caller.projectId(), caller.requireUser(), token, platform,
        bundleId);
    // 201 also for a token seen before: a retried registration must look like the first.
    return ApiResponse.created(JsonIo.object()
        .add("id", row.id())
        .add("token", row.token())
        .add("platform", row.platform())
        .add("bundle_id", JsonIo.string(row.bundleId()))
        .add("created_at", Times.format(row.createdAt()))
        .build());
  }

  private ApiResponse unregisterToken(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, Set.of("token"), UNKNOWN_FIELD);
    String token = text(body, "token", true, MAX_TOKEN, errors);
    errors.throwIfAny();
    stores.push().unregister(caller.projectId(), caller.requireUser(), token);
    return ApiResponse.noContent();
  }

  // ---- campaigns

  private ApiResponse create(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    CampaignFields empty = new CampaignFields(null, null, null, "{}", null, PushStore.ABSOLUTE, null, null, null);
    CampaignFields f = merge(empty, body, true);
    requireSegment(caller, body, f);
    return ApiResponse.created(campaign(stores.push().createCampaign(caller.projectId(), f), null));
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    OffsetLists.Window window = OffsetLists.window(request, "invalid_limit", "invalid_offset");
    stores.push().deliverDue();
    return OffsetLists.answer(stores.push().listCampaigns(caller.projectId(), window.limit(), window.offset()),
        window, c -> campaign(c, null));
  }

  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    stores.push().deliverDue();
    return ApiResponse.ok(campaign(found(request, caller), null));
  }

  private ApiResponse update(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    stores.push().deliverDue();
    CampaignRow current = found(request, caller);
    requireEditable(current);
    CampaignFields f = merge(current.fields(), body, false);
    requireSegment(caller, body, f);
    PushStore.Outcome outcome = stores.push().updateCampaign(caller.projectId(), current.id(), f);
    if (outcome.campaign() == null) {
      throw notFound();
    }
    if (!outcome.applied()) {
      requireEditable(outcome.campaign());
    }
    return ApiResponse.ok(campaign(outcome.campaign(), null));
  }

  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException {
    stores.push().deliverDue();
    PushStore.Outcome outcome = stores.push().deleteCampaign(caller.projectId(), request.pathParam("campaignId"));
    if (outcome.campaign() == null) {
      throw notFound();
    }
    if (!outcome.applied()) {
      requireEditable(outcome.campaign());
    }
    return ApiResponse.noContent();
  }

  private ApiResponse send(ApiRequest request, Caller caller) throws SQLException {
    stores.push().deliverDue();
    PushStore.Outcome outcome = stores.push().send(caller.projectId(), request.pathParam("campaignId"));
    CampaignRow c = outcome.campaign();
    if (c == null) {
      throw notFound();
    }
    if (!outcome.applied()) {
      switch (c.status()) {
        case PushStore.SCHEDULED:
          throw new ApiException(409, "already_scheduled",
              "the campaign is scheduled; unschedule it (PATCH) to send it now");
        case PushStore.SENDING:
        case PushStore.SENT:
          throw new ApiException(409, "already_sent", "the campaign was already sent");
        default:
          throw new ApiException(409, "campaign_not_sendable", "a " + c.status() + " campaign cannot be sent");
      }
    }
    // The protocol answers a send with "sending"; the emulator's deliveries are already recorded,
    // so a read right after shows "sent".
    return ApiResponse.ok(campaign(c, PushStore.SENDING));
  }

  private ApiResponse test(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, TEST_FIELDS, UNKNOWN_FIELD);
    String title = text(body, "title", true, MAX_TITLE, errors);
    String text = text(body, "body", true, MAX_BODY, errors);
    String data = data(body, errors);
    String userId = text(body, "user_id", false, 128, errors);
    errors.throwIfAny();
    if (userId != null && stores.users().findInProject(caller.projectId(), userId).isEmpty()) {
      throw ApiException.notFound("user_not_found", "no user " + userId + " in this project");
    }
    int sent = stores.push().testPush(caller.projectId(), userId, title, text, data == null ? "{}" : data);
    if (sent == 0) {
      throw new ApiException(422, "no_push_tokens", userId == null
          ? "the project has no active push token" : "the user has no active push token");
    }
    return ApiResponse.ok(JsonIo.object()
        .add("sent", sent)
        .add("message", "test push recorded for " + sent + (sent == 1 ? " device" : " devices"))
        .build());
  }

  /** One user's push at one future instant: a scheduled campaign whose deliveries go to that user only. */
  private ApiResponse scheduleForUser(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, USER_SCHEDULE_FIELDS, UNKNOWN_FIELD);
    String title = text(body, "title", true, MAX_TITLE, errors);
    String text = text(body, "body", true, MAX_BODY, errors);
    String data = data(body, errors);
    if (!has(body, "scheduled_at")) {
      errors.add("scheduled_at", "is required: the instant to send at, e.g. 2025-04-01T09:00:00Z", "string", null);
    }
    errors.throwIfAny();
    Instant at = instant(body.get("scheduled_at"));
    if (!at.isAfter(clock.instant())) {
      throw new ApiException(400, "scheduled_at_in_past", "scheduled_at " + at + " is not in the future");
    }
    String userId = request.pathParam("userId");
    if (stores.users().findInProject(caller.projectId(), userId).isEmpty()) {
      throw ApiException.notFound("user_not_found", "no user " + userId + " in this project");
    }
    CampaignFields f = new CampaignFields(null, title, text, data == null ? "{}" : data, null, PushStore.ABSOLUTE,
        at, null, null);
    return ApiResponse.created(campaign(stores.push().createCampaign(caller.projectId(), f, userId), null));
  }

  // ---- validation

  /**
   * X: a campaign's {@code segment_id} names one of the project's segments (amba-api-modules.md
   * 36), or 404 {@code segment_not_found}, as a store's and the users list's do; its members are
   * read when the campaign is delivered, not when it is saved.
   */
  private void requireSegment(Caller caller, JsonObject body, CampaignFields f) throws SQLException {
    if (body.containsKey("segment_id") && f.segmentId() != null
        && !segments.exists(caller.projectId(), f.segmentId())) {
      throw ApiException.notFound("segment_not_found", "no segment with this id in the project");
    }
  }

  /**
   * Applies a create or PATCH body to {@code base}. Scheduling fields follow the delivery mode:
   * absolute keeps only {@code scheduled_at}, local_time only {@code local_date}/{@code local_time}.
   */
  private CampaignFields merge(CampaignFields base, JsonObject body, boolean creating) {
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, CAMPAIGN_FIELDS, UNKNOWN_FIELD);
    String title = has(body, "title") || creating ? text(body, "title", true, MAX_TITLE, errors) : base.title();
    String text = has(body, "body") || creating ? text(body, "body", true, MAX_BODY, errors) : base.body();
    String name = body.containsKey("name") ? text(body, "name", false, MAX_NAME, errors) : base.name();
    String segment = body.containsKey("segment_id") ? text(body, "segment_id", false, MAX_SEGMENT, errors)
        : base.segmentId();
    String data = body.containsKey("data") ? data(body, errors) : base.dataJson();
    String mode = body.containsKey("delivery_mode") ? text(body, "delivery_mode", false, 32, errors) : null;
    errors.throwIfAny();

    boolean localGiven = has(body, "local_date") || has(body, "local_time");
    if (mode == null) {
      mode = creating ? (localGiven ? PushStore.LOCAL_TIME : PushStore.ABSOLUTE) : base.deliveryMode();
    }
    if (!mode.equals(PushStore.ABSOLUTE) && !mode.equals(PushStore.LOCAL_TIME)) {
      throw FieldErrors.single("delivery_mode", "must be absolute or local_time");
    }
    Instant scheduledAt = null;
    LocalDate localDate = null;
    LocalTime localTime = null;
    if (mode.equals(PushStore.ABSOLUTE)) {
      if (localGiven) {
        throw scheduleError("local_date and local_time go with delivery_mode local_time");
      }
      scheduledAt = body.containsKey("scheduled_at") ? instant(body.get("scheduled_at")) : base.scheduledAt();
    } else {
      if (has(body, "scheduled_at")) {
        throw scheduleError("scheduled_at goes with delivery_mode absolute; local_time uses local_date and local_time");
      }
      localDate = body.containsKey("local_date") ? localDate(body.get("local_date")) : base.localDate();
      localTime = body.containsKey("local_time") ? localTime(body.get("local_time")) : base.localTime();
      if (localDate == null || localTime == null) {
        throw scheduleError("delivery_mode local_time needs both local_date (YYYY-MM-DD) and local_time (HH:MM)");
      }
    }
    Instant now = clock.instant();
    if (scheduledAt != null && !scheduledAt.isAfter(now)) {
      throw new ApiException(400, "scheduled_at_in_past", "scheduled_at " + scheduledAt + " is not in the future");
    }
    if (localDate != null && !LocalDateTime.of(localDate, localTime).atOffset(LAST_ZONE).toInstant().isAfter(now)) {
      throw new ApiException(400, "scheduled_at_in_past",
          localDate + " " + localTime + " has passed in every time zone");
    }
    return new CampaignFields(name, title, text, data == null ? "{}" : data, segment, mode, scheduledAt, localDate,
        localTime);
  }

  private static Instant instant(JsonValue v) {
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      try {
        return Times.truncate(OffsetDateTime.parse(((JsonString) v).getString()).toInstant());
      } catch (DateTimeParseException e) {
        // Falls through to the error below.
      }
    }
    throw scheduleError("scheduled_at must be an ISO-8601 instant with an offset, e.g. 2025-04-01T09:00:00Z");
  }

  private static LocalDate localDate(JsonValue v) {
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      try {
        return LocalDate.parse(((JsonString) v).getString());
      } catch (DateTimeParseException e) {
        // Falls through to the error below.
      }
    }
    throw scheduleError("local_date must be a date, YYYY-MM-DD");
  }

  private static LocalTime localTime(JsonValue v) {
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() == JsonValue.ValueType.STRING && LOCAL_TIME.matcher(((JsonString) v).getString()).matches()) {
      return LocalTime.parse(((JsonString) v).getString());
    }
    throw scheduleError("local_time must be a wall-clock time, HH:MM");
  }

  private static ApiException scheduleError(String message) {
    return new ApiException(400, "invalid_scheduled_at", message);
  }

  private CampaignRow found(ApiRequest request, Caller caller) throws SQLException {
    return stores.push().findCampaign(caller.projectId(), request.pathParam("campaignId"))
        .orElseThrow(PushRoutes::notFound);
  }

  private static ApiException notFound() {
    return ApiException.notFound("not_found", "no campaign with this id in the project");
  }

  private static void requireEditable(CampaignRow c) {
    if (!c.status().equals(PushStore.DRAFT) && !c.status().equals(PushStore.SCHEDULED)) {
      throw new ApiException(409, "campaign_not_editable",
          "only draft and scheduled campaigns can be changed or deleted; this one is " + c.status());
    }
  }

  private static boolean has(JsonObject body, String key) {
    return !JsonFields.absent(body.get(key));
  }

  private static String data(JsonObject body, FieldErrors errors) {
    JsonValue v = body.get("data");
    if (JsonFields.absent(v)) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType("data", "object", v);
      return null;
    }
    return JsonIo.write(v);
  }

  private static String text(JsonObject o, String key, boolean required, int max, FieldErrors errors) {
    String s = JsonFields.string(o, key, required, errors);
    if (s != null && (s.isBlank() || s.length() > max)) {
      errors.add(key, "must have 1 to " + max + " characters and not be blank");
      return null;
    }
    return s;
  }

  // ---- JSON

  private static JsonObject campaign(CampaignRow c, String statusOverride) {
    CampaignFields f = c.fields();
    JsonObjectBuilder stats = JsonIo.object()
        .add("sent", c.delivered())
        .add("delivered", c.delivered())
        .add("opened", 0)
        .add("failed", 0);
    return JsonIo.object()
        .add("id", c.id())
        .add("name", JsonIo.string(f.name()))
        .add("title", f.title())
        .add("body", f.body())
        .add("data", JsonIo.parseStoredObject(f.dataJson()))
        .add("segment_id", JsonIo.string(f.segmentId()))
        .add("status", statusOverride != null ? statusOverride : c.status())
        .add("delivery_mode", f.deliveryMode())
        .add("scheduled_at", JsonIo.string(Times.format(f.scheduledAt())))
        .add("local_date", JsonIo.string(f.localDate() == null ? null : f.localDate().toString()))
        .add("local_time", JsonIo.string(f.localTime() == null ? null : f.localTime().toString()))
        .add("sent_at", JsonIo.string(Times.format(c.sentAt())))
        .add("stats", stats)
        .add("created_at", Times.format(c.createdAt()))
        .add("updated_at", Times.format(c.updatedAt()))
        .build();
  }
}
