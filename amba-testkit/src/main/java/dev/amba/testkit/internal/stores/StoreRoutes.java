package dev.amba.testkit.internal.stores;

import static dev.amba.testkit.internal.stores.StoreTables.LISTINGS;
import static dev.amba.testkit.internal.stores.StoreTables.STORES;

import dev.amba.internal.endpoint.StoreEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.engagement.Offers;
import dev.amba.testkit.internal.engagement.Segments;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.Field;
import dev.amba.testkit.internal.kit.ProjectLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores (amba-api-modules.md 19): stores are kit CRUD, listings hand-written around the catalog
 * item they name. Users see active stores visible to them, and only the listings inside their
 * window (on the emulator's clock, M3) whose items are active. The effective price and what an
 * inventory purchase reads of a store come from {@link #offers()}.
 *
 * <p>X, segments: a store's {@code segment_id} must name one of the project's segments (36) on
 * create and update, or 404 {@code segment_not_found}, as the users list answers an unknown
 * segment filter: a store kept for the members of a segment that does not exist would be hidden
 * from every user without a word. Null clears it.
 *
 * <p>X, deleted items: a listing of a catalog item that has since been deleted is left out of
 * every answer (it lists nothing) and goes with its store.
 */
public final class StoreRoutes implements RouteModule {

  private final Stores stores;
  private final Clock clock;
  private final CatalogReadings catalog;
  private final Segments segments;
  private final Crud storeRows;
  private final ProjectLocks locks = new ProjectLocks();
  private final StoreOffers offers;

  public StoreRoutes(Stores stores, Clock clock, CatalogReadings catalog, Segments segments) {
    this.stores = stores;
    this.clock = clock;
    this.catalog = catalog;
    this.segments = segments;
    this.storeRows = Crud.of(STORES, stores, clock).byIdOnly()
        .withRule((c, scope, values, current) -> requireSegment(scope.projectId(), values))
        .withDeleteRule((c, row) -> LISTINGS.deleteWhere(c, row.projectId(), "store_id", UUID.fromString(row.id())));
    this.offers = new StoreOffers(catalog, clock, segments);
  }

  /** How an inventory purchase prices itself; the inventory module takes it through its constructor. */
  public Offers offers() {
    return offers;
  }

  @Override
  public List<Resource> resources() {
    return List.of(STORES, LISTINGS);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(StoreEndpoints.LIST, this::visibleStores);
    routes.on(StoreEndpoints.GET, this::storeFront);
    routes.on(StoreEndpoints.ADMIN_CREATE, storeRows.create());
    routes.on(StoreEndpoints.ADMIN_LIST, storeRows.list());
    routes.on(StoreEndpoints.ADMIN_UPDATE, storeRows.update("storeId"));
    routes.on(StoreEndpoints.ADMIN_DELETE, locks.serialized(storeRows.delete("storeId", DeleteAnswer.DELETED_MARKER,
        "id")));
    routes.on(StoreEndpoints.ADMIN_LISTING_CREATE, locks.serialized(this::addListing));
    routes.on(StoreEndpoints.ADMIN_LISTING_LIST, this::allListings);
    routes.on(StoreEndpoints.ADMIN_LISTING_UPDATE, locks.serialized(this::updateListing));
    routes.on(StoreEndpoints.ADMIN_LISTING_DELETE, locks.serialized(this::deleteListing));
  }

  // ---------------------------------------------------------------- client (19.1)

  private ApiResponse visibleStores(ApiRequest request, Caller caller) throws SQLException {
    List<Row> all = stores.db().read(c -> STORES.list(c, Scope.project(caller.projectId())));
    JsonArrayBuilder data = JsonIo.array();
    for (Row store : all) {
      if (offers.openTo(store, caller.requireUser())) {
        data.add(STORES.json(store));
      }
    }
    return ApiResponse.ok(data.build());
  }

  /** {@code {store, listings}}: 404 {@code not_found} when the store is missing, inactive or not visible. */
  private ApiResponse storeFront(ApiRequest request, Caller caller) throws SQLException {
    String idOrKey = request.pathParam("idOrKey");
    Instant now = clock.instant();
    return ApiResponse.ok(stores.db().read(c -> {
      Row store = offers.visible(c, caller.projectId(), idOrKey, caller.requireUser())
          .orElseThrow(() -> ApiException.notFound("not_found", "no store with this id or key that the user may see"));
      JsonArrayBuilder listings = JsonIo.array();
      for (Row listing : listingsOf(c, store)) {
        CatalogReadings.Item item = catalog.item(c, caller.projectId(), listing.string("catalog_item_id")).orElse(null);
        if (item != null && item.active() && StoreOffers.inWindow(listing, now)) {
          listings.add(view(listing, item));
        }
      }
      return JsonIo.object().add("store", STORES.json(store)).add("listings", listings).build();
    }));
  }

  // ---------------------------------------------------------------- admin listings (19.2)

  private ApiResponse addListing(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = LISTINGS.forCreate(request.jsonObject());
    checkListing(values, null);
    Row row = stores.db().transaction(c -> {
      Row store = storeRows.require(c, scope, request.pathParam("storeId"));
      requireItem(c, caller.projectId(), values);
      values.set("store_id", Json.createValue(store.id()));
      return LISTINGS.insert(c, scope, values, clock.instant());
    });
    return ApiResponse.created(LISTINGS.json(row));
  }

  /** Every listing with its item, by sort order: those outside their windows and of inactive items too. */
  private ApiResponse allListings(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    return ApiResponse.ok(stores.db().read(c -> {
      Row store = storeRows.require(c, scope, request.pathParam("storeId"));
      JsonArrayBuilder data = JsonIo.array();
      for (Row listing : listingsOf(c, store)) {
        catalog.item(c, caller.projectId(), listing.string("catalog_item_id"))
            .ifPresent(item -> data.add(view(listing, item)));
      }
      return data.build();
    }));
  }

  private ApiResponse updateListing(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = LISTINGS.forUpdate(request.jsonObject());
    Row row = stores.db().transaction(c -> {
      Row listing = listingIn(c, scope, request);
      checkListing(values, listing);
      if (values.has("catalog_item_id")) {
        requireItem(c, caller.projectId(), values);
      }
      return LISTINGS.update(c, listing, values, clock.instant());
    });
    return ApiResponse.ok(LISTINGS.json(row));
  }

  private ApiResponse deleteListing(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Row removed = stores.db().transaction(c -> {
      Row listing = listingIn(c, scope, request);
      LISTINGS.delete(c, listing);
      return listing;
    });
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }

  // ---------------------------------------------------------------- rules

  /** The path's listing, which must be of the path's store: another store's is 404 as a missing one. */
  private Row listingIn(Connection c, Scope scope, ApiRequest request) throws SQLException {
    Row store = storeRows.require(c, scope, request.pathParam("storeId"));
    Row listing = LISTINGS.requireById(c, scope, request.pathParam("listingId"));
    if (!listing.string("store_id").equals(store.id())) {
      throw LISTINGS.notFound();
    }
    return listing;
  }

  private void requireItem(Connection c, String projectId, Values values) throws SQLException {
    String itemId = ((JsonString) values.get("catalog_item_id")).getString();
    if (catalog.item(c, projectId, itemId).isEmpty()) {
      throw ApiException.notFound("not_found", "no catalog item with the catalog_item_id in the project");
    }
  }

  static List<Row> listingsOf(Connection c, Row store) throws SQLException {
    return LISTINGS.listWhere(c, Scope.project(store.projectId()), "store_id", UUID.fromString(store.id()));
  }

  /**
   * {@code override_prices} an object of at most {@value StoreTables#MAX_OVERRIDE_PRICES} currency
   * codes (M1) to whole numbers ≥ 0 (19.2), and {@code available_until} after
   * {@code available_from} on the listing as it will be ({@code current} null for a create).
   */
  private static void checkListing(Values values, Row current) {
    FieldErrors errors = new FieldErrors("invalid_input");
    JsonValue overrides = values.get("override_prices");
    if (overrides != null && overrides.getValueType() != JsonValue.ValueType.NULL) {
      if (overrides.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.wrongType("override_prices", "an object of currency codes to whole numbers", overrides);
      } else if (overrides.asJsonObject().size() > StoreTables.MAX_OVERRIDE_PRICES) {
        errors.add("override_prices", "must have at most " + StoreTables.MAX_OVERRIDE_PRICES + " currencies");
      } else {
        for (Map.Entry<String, JsonValue> e : overrides.asJsonObject().entrySet()) {
          String path = "override_prices." + e.getKey();
          if (!Field.KEY.matcher(e.getKey()).matches()) {
            errors.add(path, "the currency code " + Field.KEY_RULE);
          } else if (!isWholeAmount(e.getValue())) {
            errors.add(path, "must be a whole number of at least 0", "integer", e.getValue());
          }
        }
      }
    }
    Instant from = values.has("available_from") ? instant(values.get("available_from"))
        : current == null ? null : current.instant("available_from");
    Instant until = values.has("available_until") ? instant(values.get("available_until"))
        : current == null ? null : current.instant("available_until");
    if (from != null && until != null && !until.isAfter(from)) {
      errors.add("available_until", "must be after available_from", "a later time",
          values.has("available_until") ? values.get("available_until") : null);
    }
    errors.throwIfAny();
  }

  /** A whole number from 0 that fits in 64 bits: what a balance can pay (M2 amounts). */
  private static boolean isWholeAmount(JsonValue value) {
    if (!(value instanceof JsonNumber n)) {
      return false;
    }
    BigDecimal d = n.bigDecimalValue();
    return d.signum() >= 0 && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)
        && d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  private static Instant instant(JsonValue value) {
    return value instanceof JsonString s ? Times.parseOrNull(s.getString()) : null;
  }

  /** X: see the class comment; null clears the segment. */
  private void requireSegment(String projectId, Values values) throws SQLException {
    if (values.has("segment_id") && values.get("segment_id") instanceof JsonString id
        && !segments.exists(projectId, id.getString())) {
      throw ApiException.notFound("segment_not_found", "no segment with this id in the project");
    }
  }

  /**
   * StoreListingView: the listing with {@code catalog_items {key, name, icon_url, item_type,
   * category, tags, metadata, catalog_item_prices}}.
   */
  private static JsonObjectBuilder view(Row listing, CatalogReadings.Item item) {
    JsonArrayBuilder tags = JsonIo.array();
    item.tags().forEach(tags::add);
    JsonArrayBuilder prices = JsonIo.array();
    item.prices().forEach((code, price) -> prices.add(JsonIo.object().add("currency_code", code).add("price", price)));
    return LISTINGS.jsonBuilder(listing).add("catalog_items", JsonIo.object()
        .add("key", item.key())
        .add("name", item.name())
        .add("icon_url", JsonIo.string(item.iconUrl()))
        .add("item_type", item.itemType())
        .add("category", JsonIo.string(item.category()))
        .add("tags", tags)
        .add("metadata", item.metadata())
        .add("catalog_item_prices", prices));
  }
}
