package dev.amba.testkit.internal.entitlements;

import dev.amba.internal.endpoint.EntitlementEndpoints;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Owner;
import dev.amba.testkit.internal.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Entitlements (amba-api.md section 9): an admin grant writes the user's row of that entitlement
 * id, the acting user lists its own. The only rules not declared are the purchase date, which a
 * re-grant keeps so a renewal does not look like a new purchase, and {@code is_active}, which is
 * read against the clock at the time of the answer.
 */
public final class EntitlementRoutes implements RouteModule {

  static final Resource ENTITLEMENTS = Resource.in("entitlements", Owner.USER)
      .field(
          Field.text("entitlement_id").asRequired().withLength(1, 128)
              .withPattern(Pattern.compile("[A-Za-z0-9_.:-]+"), "must be 1 to 128 characters of A-Z a-z 0-9 _ . : -"),
          Field.bool("is_active").asRequired(),
          Field.text("product_id").withLength(1, 256),
          Field.text("store").asRequired().withLength(1, 64).withPattern(Pattern.compile("[a-z][a-z0-9_]*"),
              "must be lowercase snake_case such as app_store, play_store or stripe"),
          Field.timestamp("purchase_date").asServerSet(),
          Field.timestamp("expiration_date"),
          Field.timestamp(Resource.UPDATED_AT).asServerSet().offWire())
      .key("entitlement_id")
      .orderBy("entitlement_id")
      .invalidCode("invalid_argument")
      .build();

  private final Crud entitlements;

  public EntitlementRoutes(Stores stores, Clock clock) {
    this.entitlements = Crud.of(ENTITLEMENTS, stores, clock)
        .withRule((c, scope, values, current) -> {
          if (current == null) {
            values.set("purchase_date", Resource.stamp(clock.instant()));
          }
        })
        .withView((row, json) -> {
          Instant expires = row.instant("expiration_date");
          return json.add("is_active", row.bool("is_active") && (expires == null || expires.isAfter(clock.instant())));
        });
  }

  @Override
  public java.util.List<Resource> resources() {
    return java.util.List.of(ENTITLEMENTS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(EntitlementEndpoints.ADMIN_GRANT, entitlements.upsert("entitlement_id"));
    routes.on(EntitlementEndpoints.LIST, entitlements.list());
  }
}
