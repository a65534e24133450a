package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.Endpoints;
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
import dev.amba.testkit.internal.store.EntitlementStore.EntitlementRow;
import dev.amba.testkit.internal.store.EntitlementStore.Grant;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/** Entitlements (amba-api.md section 9): admins grant them, the acting user lists its own. */
public final class EntitlementRoutes implements RouteModule {
  private static final Pattern ENTITLEMENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  private static final Pattern STORE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final int MAX_PRODUCT_ID = 256;
  private static final Set<String> GRANT_FIELDS =
      Set.of("entitlement_id", "is_active", "store", "product_id", "expiration_date");

  private final Stores stores;
  private final Clock clock;

  public EntitlementRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(Endpoints.ADMIN_ENTITLEMENTS_GRANT, this::grant);
    routes.on(Endpoints.ENTITLEMENTS_LIST, this::list);
  }

  private ApiResponse grant(ApiRequest request, Caller caller) throws SQLException {
    String userId = request.pathParam("userId");
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, GRANT_FIELDS);
    String entitlementId = JsonFields.string(body, "entitlement_id", true, errors);
    if (entitlementId != null && !ENTITLEMENT_ID.matcher(entitlementId).matches()) {
      errors.add("entitlement_id", "must be 1 to 128 characters of A-Z a-z 0-9 _ . : -");
    }
    JsonValue active = body.get("is_active");
    if (active == null || (active.getValueType() != JsonValue.ValueType.TRUE
        && active.getValueType() != JsonValue.ValueType.FALSE)) {
      errors.add("is_active", "is required", "boolean", active);
    }
    String store = JsonFields.string(body, "store", true, errors);
    if (store != null && !STORE.matcher(store).matches()) {
      errors.add("store", "must be lowercase snake_case such as app_store, play_store or stripe");
    }
    String productId = JsonFields.string(body, "product_id", false, errors);
    if (productId != null && (productId.isEmpty() || productId.length() > MAX_PRODUCT_ID)) {
      errors.add("product_id", "must have 1 to " + MAX_PRODUCT_ID + " characters");
    }
    Instant expiration = null;
    String expirationText = JsonFields.string(body, "expiration_date", false, errors);
    if (expirationText != null) {
      expiration = Times.parseOrNull(expirationText);
      if (expiration == null) {
        errors.add("expiration_date", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z");
      }
    }
    errors.throwIfAny();
    stores.users().findInProject(caller.projectId(), userId)
        .orElseThrow(() -> ApiException.notFound("not_found", "no user with this id in the project"));
    EntitlementRow row = stores.entitlements().grant(caller.projectId(), userId, new Grant(
        entitlementId, active.getValueType() == JsonValue.ValueType.TRUE, store, productId, expiration));
    return ApiResponse.ok(json(row));
  }

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    JsonArrayBuilder data = JsonIo.array();
    for (EntitlementRow row : stores.entitlements().list(caller.projectId(), caller.requireUser())) {
      data.add(json(row));
    }
    return ApiResponse.ok(data.build());
  }

  /** Active means granted active and not yet expired, read at the time of the answer. */
  private JsonObject json(EntitlementRow r) {
    boolean active = r.active()
        && (r.expirationDate() == null || r.expirationDate().isAfter(clock.instant()));
    return JsonIo.object()
        .add("entitlement_id", r.entitlementId())
        .add("is_active", active)
        .add("product_id", JsonIo.string(r.productId()))
        .add("store", r.store())
        .add("purchase_date", Times.format(r.purchaseDate()))
        .add("expiration_date", JsonIo.string(Times.format(r.expirationDate())))
        .build();
  }
}
