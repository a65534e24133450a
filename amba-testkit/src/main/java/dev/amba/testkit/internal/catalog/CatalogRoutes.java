package dev.amba.testkit.internal.catalog;

import static dev.amba.testkit.internal.catalog.CatalogTables.BUNDLES;
import static dev.amba.testkit.internal.catalog.CatalogTables.ITEMS;
import static dev.amba.testkit.internal.catalog.CatalogTables.PRICES;

import dev.amba.internal.endpoint.CatalogEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.Params;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.kit.Crud;
import dev.amba.testkit.internal.kit.Crud.DeleteAnswer;
import dev.amba.testkit.internal.kit.ProjectLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalog (amba-api-modules.md 18): items are kit CRUD with the bundle rules added, prices and
 * bundle contents upserts keyed by their bodies. Every admin write of a project runs under its
 * {@link ProjectLocks} lock, so an upsert's find-then-insert and the bundle rules, which read other
 * rows, never race one another. Other modules read items through {@link #readings()}.
 */
public final class CatalogRoutes implements RouteModule {

  private final Stores stores;
  private final Clock clock;
  private final Crud items;
  private final CatalogBook book = new CatalogBook();
  private final ProjectLocks locks = new ProjectLocks();

  public CatalogRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
    this.items = Crud.of(ITEMS, stores, clock).byIdOnly()
        .withRule(CatalogRoutes::checkItem)
        .withDeleteRule((c, row) -> {
          UUID id = UUID.fromString(row.id());
          PRICES.deleteWhere(c, row.projectId(), "catalog_item_id", id);
          BUNDLES.deleteWhere(c, row.projectId(), "bundle_item_id", id);
          BUNDLES.deleteWhere(c, row.projectId(), "content_item_id", id);
        });
  }

  /** What the stores and inventory read of items; they take it through their constructors. */
  public CatalogReadings readings() {
    return book;
  }

  @Override
  public List<Resource> resources() {
    return List.of(ITEMS, PRICES, BUNDLES);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(CatalogEndpoints.LIST, this::activeItems);
    routes.on(CatalogEndpoints.GET, this::activeItem);
    routes.on(CatalogEndpoints.ADMIN_CREATE, locks.serialized(items.create()));
    routes.on(CatalogEndpoints.ADMIN_LIST, this::allItems);
    routes.on(CatalogEndpoints.ADMIN_GET, this::anyItem);
    routes.on(CatalogEndpoints.ADMIN_UPDATE, locks.serialized(items.update("itemId")));
    routes.on(CatalogEndpoints.ADMIN_DELETE, locks.serialized(items.delete("itemId", DeleteAnswer.DELETED_MARKER, "id")));
    routes.on(CatalogEndpoints.ADMIN_PRICE_SET, locks.serialized(this::setPrice));
    routes.on(CatalogEndpoints.ADMIN_PRICE_DELETE, locks.serialized(this::deletePrice));
    routes.on(CatalogEndpoints.ADMIN_BUNDLE_SET, locks.serialized(this::setBundleContent));
    routes.on(CatalogEndpoints.ADMIN_BUNDLE_DELETE, locks.serialized(this::deleteBundleContent));
  }

  // ---------------------------------------------------------------- client (18.1)

  /** Active items only, {@code category} exact and {@code tag} in {@code tags}, in created order (X). */
  private ApiResponse activeItems(ApiRequest request, Caller caller) throws SQLException {
    int limit = Params.intParam(request, "limit", 50, 1, 100, "invalid_input");
    int offset = Params.intParam(request, "offset", 0, 0, Integer.MAX_VALUE, "invalid_input");
    String category = Params.optional(request, "category");
    String tag = Params.optional(request, "tag");
    Scope scope = Scope.project(caller.projectId());
    JsonArrayBuilder data = JsonIo.array();
    long total = stores.db().read(c -> {
      List<Row> matching = new ArrayList<>();
      for (Row item : ITEMS.listWhere(c, scope, "is_active", true)) {
        if ((category == null || category.equals(item.string("category")))
            && (tag == null || CatalogBook.tags(item).contains(tag))) {
          matching.add(item);
        }
      }
      Map<String, List<Row>> prices = CatalogBook.pricesByItem(c, caller.projectId());
      for (Row item : matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()))) {
        data.add(book.view(item, prices.getOrDefault(item.id(), List.of())));
      }
      return (long) matching.size();
    });
    return ApiResponse.json(200, JsonIo.object().add("data", data).add("total", total).add("offset", offset)
        .add("limit", limit).build());
  }

  /** By id or key (M1); a missing or inactive item is 404 {@code fetch_failed}, as the older docs have it. */
  private ApiResponse activeItem(ApiRequest request, Caller caller) throws SQLException {
    String idOrKey = request.pathParam("idOrKey");
    return ApiResponse.ok(stores.db().read(c -> {
      Row item = ITEMS.find(c, Scope.project(caller.projectId()), idOrKey).filter(r -> r.bool("is_active"))
          .orElseThrow(() -> ApiException.notFound("fetch_failed", "no active catalog item with this id or key"));
      return book.detail(c, item);
    }));
  }

  // ---------------------------------------------------------------- admin (18.2)

  private ApiResponse allItems(ApiRequest request, Caller caller) throws SQLException {
    String category = Params.optional(request, "category");
    Scope scope = Scope.project(caller.projectId());
    JsonArrayBuilder data = JsonIo.array();
    stores.db().read(c -> {
      Map<String, List<Row>> prices = CatalogBook.pricesByItem(c, caller.projectId());
      List<Row> all = category == null ? ITEMS.list(c, scope) : ITEMS.listWhere(c, scope, "category", category);
      for (Row item : all) {
        data.add(book.view(item, prices.getOrDefault(item.id(), List.of())));
      }
      return null;
    });
    return ApiResponse.ok(data.build());
  }

  private ApiResponse anyItem(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    return ApiResponse.ok(stores.db().read(c -> book.detail(c, items.require(c, scope, request.pathParam("itemId")))));
  }

  /** Upsert by currency code: 201 whether it made the price or replaced it (X). */
  private ApiResponse setPrice(ApiRequest request, Caller caller) throws SQLException {
    Values values = PRICES.forCreate(request.jsonObject());
    JsonNumber price = (JsonNumber) values.get("price");
    if (price.bigDecimalValue().signum() < 0) {
      throw new FieldErrors("invalid_input").add("price", "must be at least 0", "a number of at least 0", price)
          .toException();
    }
    String code = ((JsonString) values.get("currency_code")).getString();
    return upsert(request, caller, PRICES, values, "catalog_item_id", (c, item) -> { },
        (c, item) -> priceOf(c, item, code));
  }

  private ApiResponse deletePrice(ApiRequest request, Caller caller) throws SQLException {
    String code = request.pathParam("currencyCode");
    return remove(request, caller, PRICES, (c, item) -> priceOf(c, item, code));
  }

  /**
   * Upsert by content item: 201 whether it added the content or replaced its quantity (X). Only a
   * bundle has contents (400 {@code not_a_bundle}), and a content is never a bundle (400
   * {@code nested_bundle}), the bundle itself included.
   */
  private ApiResponse setBundleContent(ApiRequest request, Caller caller) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Values values = BUNDLES.forCreate(request.jsonObject());
    String contentId = ((JsonString) values.get("content_item_id")).getString();
    return upsert(request, caller, BUNDLES, values, "bundle_item_id", (c, bundle) -> {
      if (!isBundle(bundle)) {
        throw ApiException.badRequest("not_a_bundle", "only an item of item_type bundle has contents");
      }
      Row content = ITEMS.findById(c, scope, contentId)
          .orElseThrow(() -> ApiException.notFound("not_found", "no catalog item with the content_item_id"));
      if (isBundle(content)) {
        throw ApiException.badRequest("nested_bundle", "a bundle cannot hold a bundle");
      }
    }, (c, bundle) -> linkOf(c, bundle, contentId));
  }

  private ApiResponse deleteBundleContent(ApiRequest request, Caller caller) throws SQLException {
    String contentId = request.pathParam("contentItemId");
    return remove(request, caller, BUNDLES, (c, bundle) -> linkOf(c, bundle, contentId));
  }

  /** A check of the path's item before one of its rows is written. */
  @FunctionalInterface
  private interface ItemCheck {
    void check(Connection c, Row item) throws SQLException;
  }

  /** The row of the path's item that a body or path value names (a price, a bundle link), or null. */
  @FunctionalInterface
  private interface ItemRow {
    Row of(Connection c, Row item) throws SQLException;
  }

  /** Creates the item's row that {@code existing} finds, or replaces it: 201 with the row either way. */
  private ApiResponse upsert(ApiRequest request, Caller caller, Resource rows, Values values, String itemField,
      ItemCheck check, ItemRow existing) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Row row = stores.db().transaction(c -> {
      Row item = items.require(c, scope, request.pathParam("itemId"));
      check.check(c, item);
      values.set(itemField, Json.createValue(item.id()));
      Row current = existing.of(c, item);
      return current == null ? rows.insert(c, scope, values, clock.instant())
          : rows.update(c, current, values, clock.instant());
    });
    return ApiResponse.created(rows.json(row));
  }

  /** Deletes the item's row that {@code existing} finds: 404 with the rows' code when there is none. */
  private ApiResponse remove(ApiRequest request, Caller caller, Resource rows, ItemRow existing) throws SQLException {
    Scope scope = Scope.project(caller.projectId());
    Row removed = stores.db().transaction(c -> {
      Row row = existing.of(c, items.require(c, scope, request.pathParam("itemId")));
      if (row == null) {
        throw rows.notFound();
      }
      rows.delete(c, row);
      return row;
    });
    return deleted(removed);
  }

  // ---------------------------------------------------------------- rules

  /**
   * The item rules the declaration cannot say: {@code tags} an array of at most 50 non-blank strings
   * of at most 64 characters, {@code metadata} an object; and, on an update of {@code item_type}, no
   * bundle inside a bundle (X: 400 {@code nested_bundle}) and no contents outside a bundle (X: 400
   * {@code bundle_not_empty}).
   */
  private static void checkItem(Connection c, Scope scope, Values values, Row current) throws SQLException {
    FieldErrors errors = new FieldErrors("invalid_input");
    JsonValue tags = values.get("tags");
    if (tags != null) {
      if (tags.getValueType() != JsonValue.ValueType.ARRAY) {
        errors.wrongType("tags", "an array of strings", tags);
      } else if (tags.asJsonArray().size() > CatalogTables.MAX_TAGS) {
        errors.add("tags", "must have at most " + CatalogTables.MAX_TAGS + " tags");
      } else {
        for (int i = 0; i < tags.asJsonArray().size(); i++) {
          JsonValue tag = tags.asJsonArray().get(i);
          if (!(tag instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > CatalogTables.MAX_TAG) {
            errors.add("tags[" + i + "]", "must be a non-blank string of at most " + CatalogTables.MAX_TAG
                + " characters", "string", tag);
          }
        }
      }
    }
    JsonValue metadata = values.get("metadata");
    if (metadata != null && metadata.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.wrongType("metadata", "an object", metadata);
    }
    errors.throwIfAny();
    if (current == null || !values.has("item_type")) {
      return;
    }
    boolean toBundle = CatalogReadings.BUNDLE.equals(((JsonString) values.get("item_type")).getString());
    if (toBundle && !isBundle(current) && !CatalogBook.bundlesHolding(c, current).isEmpty()) {
      throw ApiException.badRequest("nested_bundle", "the item is the content of a bundle, so it cannot be a bundle");
    }
    if (!toBundle && isBundle(current) && !CatalogBook.contentsOf(c, current).isEmpty()) {
      throw ApiException.badRequest("bundle_not_empty",
          "the bundle still has contents; remove them before changing its item_type");
    }
  }

  private static boolean isBundle(Row item) {
    return CatalogReadings.BUNDLE.equals(item.string("item_type"));
  }

  private static Row priceOf(Connection c, Row item, String code) throws SQLException {
    for (Row p : CatalogBook.pricesOf(c, item)) {
      if (p.string("currency_code").equals(code)) {
        return p;
      }
    }
    return null;
  }

  private static Row linkOf(Connection c, Row bundle, String contentId) throws SQLException {
    for (Row link : CatalogBook.contentsOf(c, bundle)) {
      if (link.string("content_item_id").equalsIgnoreCase(contentId)) {
        return link;
      }
    }
    return null;
  }

  /** M2's delete marker, with the removed row's id. */
  private static ApiResponse deleted(Row removed) {
    return ApiResponse.ok(JsonIo.object().add("id", removed.id()).add("deleted", true).build());
  }
}
