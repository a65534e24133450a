package dev.amba.testkit.internal.inventory;

import static dev.amba.testkit.internal.inventory.InventoryTables.CONSUME_BODY;
import static dev.amba.testkit.internal.inventory.InventoryTables.GRANT_BODY;
import static dev.amba.testkit.internal.inventory.InventoryTables.ITEMS;
import static dev.amba.testkit.internal.inventory.InventoryTables.PURCHASES;
import static dev.amba.testkit.internal.inventory.InventoryTables.PURCHASE_BODY;

import dev.amba.internal.endpoint.InventoryEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.engagement.CatalogReadings.Item;
import dev.amba.testkit.internal.engagement.Offers;
import dev.amba.testkit.internal.engagement.Wallets;
import dev.amba.testkit.internal.kit.KeyedLocks;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Resource.Values;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Inventory (amba-api-modules.md 20): what users own, purchases, consumption and admin grants, all
 * hand-written around the catalog readings and the two contracts it is given: {@link Offers}
 * (item, store, listing, effective price) and {@link Wallets} (the debit).
 *
 * <p>A purchase is one step (20.4 #1): inside {@link Wallets#locked} for the user and the currency
 * it checks, in the protocol's order, the item, store and listing (through the quote), the price,
 * the listing's per-user cap, a durable already owned and the balance (through the debit), then
 * debits, grants and records the purchase, all on the wallet's connection, so any failure rolls every
 * write back. Every write of one user's inventory (purchases in any currency, consumption, grants)
 * also runs under this module's own per-user lock, taken before the wallet's and without a
 * connection: purchases in two currencies cannot both find a durable unowned or a listing's cap
 * unreached, and a consume cannot race a purchase on the same row.
 *
 * <p>X decisions, beyond the protocol:
 * <ul>
 *   <li>Rows of an item deleted from the catalog are kept but hidden from every route (as a deleted
 *       currency's balances, 17.2): neither listed nor found nor consumable.
 *   <li>A row at quantity 0 that is acquired again is acquired afresh: {@code acquired_at} and
 *       {@code acquired_via} become those of the new acquisition. Otherwise they stay the first.
 *   <li>A bundle's durable content the user already owns stays at 1 and is left out of
 *       {@code granted}; a bundle without contents can be bought and grants nothing.
 *   <li>An admin grant of a bundle is 400 {@code invalid_input} on {@code catalog_item_id}: a bundle
 *       is never owned itself (20.4 #2), so its contents are granted one by one. An inactive item can
 *       be granted; the grant names its item by id only, as admin routes do (18.2).
 *   <li>The admin list shows what the client list shows: rows above 0 (20.4 #5).
 *   <li>The ledger row's {@code reason} of a purchase is the item's key; the per-listing cap counts
 *       purchases of that listing, so a listing deleted and added again starts from 0.
 * </ul>
 */
public final class InventoryRoutes implements RouteModule {

  private final Stores stores;
  private final Clock clock;
  private final Wallets wallets;
  private final Offers offers;
  /** One user's inventory writes, one at a time; always taken before the wallet's lock. */
  private final KeyedLocks users = new KeyedLocks();

  public InventoryRoutes(Stores stores, Clock clock, Wallets wallets, Offers offers) {
    this.stores = stores;
    this.clock = clock;
    this.wallets = wallets;
    this.offers = offers;
  }

  @Override
  public List<Resource> resources() {
    return List.of(ITEMS, PURCHASES);
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(InventoryEndpoints.LIST, this::list);
    routes.on(InventoryEndpoints.GET, this::get);
    routes.on(InventoryEndpoints.PURCHASE, this::purchase);
    routes.on(InventoryEndpoints.CONSUME, this::consume);
    routes.on(InventoryEndpoints.ADMIN_LIST, this::adminList);
    routes.on(InventoryEndpoints.ADMIN_GRANT, this::grant);
  }

  // ---------------------------------------------------------------- reads (20.1, 20.2)

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    return ApiResponse.ok(holdings(caller.projectId(), caller.requireUser()));
  }

  private ApiResponse adminList(ApiRequest request, Caller caller) throws SQLException {
    return ApiResponse.ok(holdings(caller.projectId(), requireUser(caller.projectId(), request.pathParam("userId"))));
  }

  /** InventoryItemView of every row above 0 whose item still exists, in the order first acquired. */
  private JsonValue holdings(String projectId, String userId) throws SQLException {
    return stores.db().read(c -> {
      JsonArrayBuilder data = JsonIo.array();
      for (Row row : ITEMS.list(c, Scope.user(projectId, userId))) {
        if (row.bigint("quantity") > 0) {
          Optional<Item> item = offers.item(c, projectId, row.string("catalog_item_id"));
          if (item.isPresent()) {
            data.add(view(row, item.get()));
          }
        }
      }
      return data.build();
    });
  }

  /** One owned item by its catalog id or key; 404 {@code not_found} when not owned (0 included) or of a deleted item. */
  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    String projectId = caller.projectId();
    Scope user = Scope.user(projectId, caller.requireUser());
    String idOrKey = request.pathParam("catalogItemIdOrKey");
    return ApiResponse.ok(stores.db().read(c -> {
      Item item = offers.item(c, projectId, idOrKey).orElseThrow(ITEMS::notFound);
      return view(owned(c, user, item.id()).orElseThrow(ITEMS::notFound), item).build();
    }));
  }

  // ---------------------------------------------------------------- purchase (20.4 #1-#4, #6, #7)

  private ApiResponse purchase(ApiRequest request, Caller caller) throws SQLException {
    Values body = PURCHASE_BODY.forCreate(request.jsonObject());
    String projectId = caller.projectId();
    String userId = caller.requireUser();
    String itemRef = text(body, "catalog_item_id");
    String code = text(body, "currency_code");
    String storeRef = given(body, "store_id") ? text(body, "store_id") : null;
    // 20.4 #7, read before the lock on a connection of its own, so the locked step holds one
    // connection; its place in the order of checks is the price's. A currency deleted meanwhile is
    // caught by the debit.
    boolean currency = wallets.isCurrency(projectId, code);
    JsonObject result = users.exclusively(() -> wallets.locked(projectId, userId, code,
        c -> buy(c, projectId, userId, itemRef, code, storeRef, currency)), projectId, userId);
    return ApiResponse.ok(result);
  }

  /** The locked step of a purchase, in the order of 20.4 #1; a throw anywhere rolls back every write. */
  private JsonObject buy(Connection c, String projectId, String userId, String itemRef, String code,
      String storeRef, boolean currency) throws SQLException {
    Scope user = Scope.user(projectId, userId);
    Instant now = clock.instant();
    // Item (active), then store and listing (visible, listed, inside the window), then the effective price.
    Offers.Quote quote = offers.quote(c, projectId, userId, itemRef, code, storeRef);
    Item item = quote.item();
    Long price = currency ? quote.payableAmount() : null;
    if (price == null) {
      throw noPrice(item, code);
    }
    Offers.Listing listing = quote.listing();
    if (listing != null && listing.maxPurchasesPerUser() != null
        && purchasesThrough(c, user, listing.listingId()) >= listing.maxPurchasesPerUser()) {
      throw ApiException.badRequest("max_purchases_reached", "the user has bought this item through this listing "
          + listing.maxPurchasesPerUser() + " times, as often as it allows");
    }
    if (isDurable(item.itemType()) && owned(c, user, item.id()).isPresent()) {
      throw new ApiException(409, "already_owned", "the user already owns this durable item");
    }
    // The purchase row first, so the debit can name it (reference_id); all of it commits together.
    Values record = PURCHASES.values()
        .set("catalog_item_id", Json.createValue(item.id()))
        .set("currency_code", Json.createValue(code))
        .set("price", Json.createValue(price));
    if (listing != null) {
      record.set("store_id", Json.createValue(listing.storeId())).set("listing_id", Json.createValue(listing.listingId()));
    }
    Row purchase = PURCHASES.insert(c, user, record, now);
    Wallets.Change paid;
    try {
      // Balance, then debit (400 insufficient_balance changes nothing); a price of 0 writes no transaction (#6).
      paid = wallets.debit(c, projectId, userId, code, price, Wallets.Cause.purchase(purchase.id(), item.key()));
    } catch (ApiException e) {
      if ("currency_not_found".equals(e.code())) {
        throw noPrice(item, code);
      }
      throw e;
    }
    JsonArrayBuilder granted = JsonIo.array();
    if (item.isBundle()) {
      for (CatalogReadings.Content content : item.contents()) {
        long added = add(c, user, content.itemId(), content.itemType(), content.quantity(), "bundle", now).added();
        if (added > 0) {
          granted.add(granted(content.itemId(), added));
        }
      }
    } else {
      granted.add(granted(item.id(), add(c, user, item.id(), item.itemType(), 1, "store_purchase", now).added()));
    }
    if (paid.transactionId() != null) {
      PURCHASES.update(c, purchase, PURCHASES.values().set("transaction_id", Json.createValue(paid.transactionId())), now);
    }
    return JsonIo.object()
        .add("purchased", true)
        .add("currency_code", code)
        .add("price", price)
        .add("balance_after", paid.balanceAfter())
        .add("transaction_id", JsonIo.string(paid.transactionId()))
        .add("granted", granted)
        .build();
  }

  private static ApiException noPrice(Item item, String code) {
    return ApiException.badRequest("no_price", "the item " + item.key() + " has no price that can be paid in "
        + code + ": none, not a whole number, or not a currency of the project");
  }

  private static long purchasesThrough(Connection c, Scope user, String listingId) throws SQLException {
    return PURCHASES.pageWhereIn(c, user, "listing_id", List.of(UUID.fromString(listingId)), 1, 0).total();
  }

  private static JsonObject granted(String itemId, long quantity) {
    return JsonIo.object().add("catalog_item_id", itemId).add("quantity", quantity).build();
  }

  // ---------------------------------------------------------------- consume (20.4 #5)

  private ApiResponse consume(ApiRequest request, Caller caller) throws SQLException {
    Values body = CONSUME_BODY.forCreate(request.jsonObjectOrEmpty());
    long quantity = ((JsonNumber) body.get("quantity")).longValueExact();
    String projectId = caller.projectId();
    String userId = caller.requireUser();
    Scope user = Scope.user(projectId, userId);
    String idOrKey = request.pathParam("catalogItemIdOrKey");
    Row row = users.exclusively(() -> stores.db().transaction(c -> {
      Item item = offers.item(c, projectId, idOrKey).orElseThrow(ITEMS::notFound);
      Row held = owned(c, user, item.id()).orElseThrow(ITEMS::notFound);
      if (!CatalogReadings.CONSUMABLE.equals(item.itemType())) {
        throw ApiException.badRequest("not_consumable", "the item " + item.key() + " is " + item.itemType()
            + "; only consumables are used up");
      }
      long have = held.bigint("quantity");
      if (have < quantity) {
        throw ApiException.badRequest("insufficient_quantity", "the user holds " + have + " of " + item.key()
            + ", fewer than the " + quantity + " to consume; nothing was consumed");
      }
      // The row stays at 0 and leaves the lists (20.4 #5).
      return ITEMS.update(c, held, ITEMS.values().set("quantity", Json.createValue(have - quantity)), clock.instant());
    }), projectId, userId);
    return ApiResponse.ok(row(row).build());
  }

  // ---------------------------------------------------------------- admin grant (20.2)

  private ApiResponse grant(ApiRequest request, Caller caller) throws SQLException {
    Values body = GRANT_BODY.forCreate(request.jsonObject());
    String projectId = caller.projectId();
    String userId = requireUser(projectId, text(body, "app_user_id"));
    String itemId = text(body, "catalog_item_id");
    long quantity = ((JsonNumber) body.get("quantity")).longValueExact();
    Scope user = Scope.user(projectId, userId);
    Row row = users.exclusively(() -> stores.db().transaction(c -> {
      Item item = offers.item(c, projectId, itemId)
          .orElseThrow(() -> ApiException.notFound("not_found", "no catalog item with this catalog_item_id in the project"));
      if (item.isBundle()) {
        throw new FieldErrors("invalid_input").add("catalog_item_id",
            "names a bundle, which is never owned itself; grant its contents").toException();
      }
      return add(c, user, item.id(), item.itemType(), quantity, "grant", clock.instant()).row();
    }), projectId, userId);
    return ApiResponse.created(row(row).build());
  }

  // ---------------------------------------------------------------- rows

  /** A user's row of an item after an acquisition, and how much the acquisition added. */
  private record Added(Row row, long added) {}

  /**
   * Adds {@code quantity} of an item to the user's row (20.4 #4): a durable is held at 1 whatever
   * is added, a consumable accumulates. A row at 0 is acquired afresh (X, class comment).
   */
  private static Added add(Connection c, Scope user, String itemId, String itemType, long quantity, String via,
      Instant now) throws SQLException {
    Row row = ITEMS.listWhere(c, user, "catalog_item_id", UUID.fromString(itemId)).stream().findFirst().orElse(null);
    long before = row == null ? 0 : row.bigint("quantity");
    long after = isDurable(itemType) ? Math.max(before, 1) : Math.addExact(before, quantity);
    Values values = ITEMS.values().set("quantity", Json.createValue(after));
    if (row == null || before == 0) {
      values.set("acquired_at", Resource.stamp(now)).set("acquired_via", Json.createValue(via));
    }
    if (row == null) {
      values.set("catalog_item_id", Json.createValue(itemId)).set("instance_data", JsonValue.EMPTY_JSON_OBJECT);
      return new Added(ITEMS.insert(c, user, values, now), after);
    }
    return new Added(after == before ? row : ITEMS.update(c, row, values, now), after - before);
  }

  /** The user's row of an item while it holds at least one. */
  private static Optional<Row> owned(Connection c, Scope user, String itemId) throws SQLException {
    return ITEMS.listWhere(c, user, "catalog_item_id", UUID.fromString(itemId)).stream()
        .filter(r -> r.bigint("quantity") > 0).findFirst();
  }

  /** A durable is owned once (20.4 #4); bundles never reach here, they grant their contents. */
  private static boolean isDurable(String itemType) {
    return CatalogReadings.DURABLE.equals(itemType);
  }

  /** UserInventoryItem. */
  private static JsonObjectBuilder row(Row row) {
    return ITEMS.jsonBuilder(row).add("app_user_id", row.userId());
  }

  /** InventoryItemView: the row with {@code catalog_items {key, name, icon_url, item_type, category}}. */
  private static JsonObjectBuilder view(Row row, Item item) {
    return row(row).add("catalog_items", JsonIo.object()
        .add("key", item.key())
        .add("name", item.name())
        .add("icon_url", JsonIo.string(item.iconUrl()))
        .add("item_type", item.itemType())
        .add("category", JsonIo.string(item.category())));
  }

  /** A user of the project, else 404 {@code user_not_found}: another project's users are unknown here. */
  private String requireUser(String projectId, String userId) throws SQLException {
    return stores.users().findInProject(projectId, userId)
        .orElseThrow(() -> ApiException.notFound("user_not_found", "no user with this id in the project"))
        .id();
  }

  private static boolean given(Values values, String field) {
    return values.has(field) && values.get(field).getValueType() != JsonValue.ValueType.NULL;
  }

  private static String text(Values values, String field) {
    return ((JsonString) values.get(field)).getString();
  }
}
