package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.endpoint.UserEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.testkit.internal.store.UserRow;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The acting user's profile and the admin user directory (amba-api.md section 9). */
public final class UserRoutes implements RouteModule {
  private static final int MAX_DISPLAY_NAME = 256;
  private static final int MAX_AVATAR_URL = 2048;
  private static final int MAX_TIMEZONE = 64;

  /** What a change of a user's {@code properties} sets off elsewhere (achievements, 14.4 #2). */
  @FunctionalInterface
  public interface PropertiesChanged {
    void changed(String projectId, String userId) throws SQLException;
  }

  private final Stores stores;
  private final PropertiesChanged propertiesChanged;
  /** Section 36: the admin list's {@code segment_id} filter, evaluated at request time. */
  private final Segments segments;

  public UserRoutes(Stores stores, PropertiesChanged propertiesChanged, Segments segments) {
    this.stores = stores;
    this.propertiesChanged = propertiesChanged;
    this.segments = segments;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(UserEndpoints.ME, this::me);
    routes.on(UserEndpoints.ME_UPDATE, this::updateMe);
    routes.on(UserEndpoints.ADMIN_LIST, this::list);
    routes.on(UserEndpoints.ADMIN_GET, this::get);
  }

  private ApiResponse me(ApiRequest request, Caller caller) throws SQLException {
    ApiResponse response = ApiResponse.ok(UserJson.user(actingUser(caller)));
    if (caller.sessionExpiresAt() != null) {
      // What auth().verifySession bounds its cache by (the header's X decision is in Headers).
      response.header(Headers.SESSION_EXPIRES_AT, Times.format(caller.sessionExpiresAt()));
    }
    return response;
  }

  private ApiResponse updateMe(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    Map<String, JsonValue> changes = new LinkedHashMap<>();
    // Sorted so the order of details.fields does not depend on the client's key order.
    for (String key : new TreeSet<>(body.keySet())) {
      JsonValue value = body.get(key);
      switch (key) {
        case "display_name":
          checkText(key, value, MAX_DISPLAY_NAME, errors, changes);
          break;
        case "avatar_url":
          checkText(key, value, MAX_AVATAR_URL, errors, changes);
          break;
        case "timezone":
          if (value.getValueType() == JsonValue.ValueType.STRING
              && !isZone(((JsonString) value).getString())) {
            errors.add(key, "is not a time zone id such as Europe/Berlin", "IANA time zone id", null);
          } else {
            checkText(key, value, MAX_TIMEZONE, errors, changes);
          }
          break;
        case "properties":
          if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            // Replaces the whole object: what the caller sends is what the profile holds.
            changes.put(key, value);
          } else {
            errors.wrongType(key, "object", value);
          }
          break;
        default:
          errors.add(key, "cannot be changed; PATCH /users/me accepts only display_name, "
              + "avatar_url, properties and timezone");
      }
    }
    errors.throwIfAny();
    String userId = caller.requireUser();
    JsonObject before = changes.containsKey("properties") ? actingUser(caller).properties() : null;
    UserRow updated = stores.users().updateProfile(userId, changes);
    if (before != null && !before.equals(updated.properties())) {
      propertiesChanged.changed(caller.projectId(), userId);
    }
    return ApiResponse.ok(UserJson.user(updated));
  }

  /** Accepts a string within {@code max} characters, or null (which clears the field). */
  private static void checkText(String key, JsonValue value, int max, FieldErrors errors,
      Map<String, JsonValue> changes) {
    if (value.getValueType() != JsonValue.ValueType.NULL
        && value.getValueType() != JsonValue.ValueType.STRING) {
      errors.wrongType(key, "string or null", value);
    } else if (value.getValueType() == JsonValue.ValueType.STRING
        && ((JsonString) value).getString().length() > max) {
      errors.add(key, "must have at most " + max + " characters");
    } else {
      changes.put(key, value);
    }
  }

  private static boolean isZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    OffsetLists.Window window = OffsetLists.window(request, "invalid_limit", "invalid_offset");
    String search = Params.optional(request, "search");
    String segmentId = Params.optional(request, "segment_id");
    Set<String> members = null;
    if (segmentId != null) {
      // X: an unknown segment is 404 segment_not_found; ignoring the filter would list every user.
      if (!segments.exists(caller.projectId(), segmentId)) {
        throw ApiException.notFound("segment_not_found", "no segment with this id in the project");
      }
      members = segments.members(caller.projectId(), segmentId);
    }
    return OffsetLists.answer(stores.users().list(caller.projectId(), search, members, window.limit(),
        window.offset()), window, UserJson::user);
  }

  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    String userId = request.pathParam("userId");
    UserRow user = stores.users().findInProject(caller.projectId(), userId)
        .orElseThrow(() -> ApiException.notFound("not_found", "no user with this id in the project"));
    return ApiResponse.ok(UserJson.user(user));
  }

  private UserRow actingUser(Caller caller) throws SQLException {
    // The authenticator checked the user a moment ago; only a concurrent deletion lands here.
    return stores.users().findById(caller.requireUser())
        .orElseThrow(() -> ApiException.notFound("user_not_found", "the acting user no longer exists"));
  }
}
