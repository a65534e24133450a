package dev.amba.testkit.internal.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.engagement.CatalogReadings.Item;
import dev.amba.testkit.internal.engagement.Offers;
import dev.amba.testkit.internal.engagement.Offers.Quote;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.segments.SegmentRoutes;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import dev.amba.wire.ManualClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pricing contract inventory purchases read (Offers: 19.3, 20.4 #1 up to the price), over a
 * catalog of fixed items: the order of its refusals, the listing window, the effective price.
 */
class StoreOffersTest {

  private static final Instant T0 = Instant.parse("2030-01-07T09:00:00Z");
  private static final String USER = "user-1";

  private final ManualClock clock = new ManualClock(T0);
  private final Map<String, Item> items = new HashMap<>();
  private Database db;
  private String projectId;
  private Offers offers;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("offers-" + System.nanoTime());
    Stores stores = Stores.over(db, clock);
    CatalogReadings catalog = (c, project, idOrKey) -> Optional.ofNullable(items.get(idOrKey));
    SegmentRoutes segments = new SegmentRoutes(stores, clock);
    StoreRoutes routes = new StoreRoutes(stores, clock, catalog, segments.segments());
    db.read(c -> {
      for (Resource r : routes.resources()) {
        r.ensureTable(c);
      }
      for (Resource r : segments.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    offers = routes.offers();
    projectId = stores.projects().create(false).projectId();
    item("11111111-1111-1111-1111-111111111111", "sword", true, Map.of("gems", new BigDecimal("200"),
        "usd", new BigDecimal("4.99")));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Item item(String id, String key, boolean active, Map<String, BigDecimal> prices) {
    Item item = new Item(id, key, key, null, null, List.of(), JsonValue.EMPTY_JSON_OBJECT, CatalogReadings.DURABLE,
        active, prices, List.of());
    items.put(id, item);
    items.put(key, item);
    return item;
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private Row store(String body) throws Exception {
    return db.transaction(c -> StoreTables.STORES.insert(c, Scope.project(projectId),
        StoreTables.STORES.forCreate(json(body)), clock.instant()));
  }

  private Row listing(Row store, String body) throws Exception {
    Resource.Values values = StoreTables.LISTINGS.forCreate(json(body));
    values.set("store_id", Json.createValue(store.id()));
    return db.transaction(c -> StoreTables.LISTINGS.insert(c, Scope.project(projectId), values, clock.instant()));
  }

  private Quote quote(String item, String code, String store) throws Exception {
    return db.read(c -> offers.quote(c, projectId, USER, item, code, store));
  }

  private static String notFound(ThrowingQuote q) {
    try {
      q.run();
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.code()).isEqualTo("not_found");
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected 404 not_found");
  }

  @FunctionalInterface
  private interface ThrowingQuote {
    void run() throws Exception;
  }

  @Test
  void withoutAStore_theCatalogPriceIsTheEffectivePrice_byIdOrKey() throws Exception {
    Quote q = quote("sword", "gems", null);
    assertThat(q.item().key()).isEqualTo("sword");
    assertThat(q.listing()).isNull();
    assertThat(q.price()).isEqualByComparingTo("200");
    assertThat(q.payableAmount()).isEqualTo(200L);
    assertThat(quote("11111111-1111-1111-1111-111111111111", "coins", null).price()).isNull();
    assertThat(offers.item(null, projectId, "sword")).contains(items.get("sword"));
  }

  @Test
  void aMissingOrInactiveItem_isNotFound_beforeAnyStoreIsLookedAt() throws Exception {
    item("22222222-2222-2222-2222-222222222222", "old", false, Map.of("gems", BigDecimal.ONE));
    assertThat(notFound(() -> quote("nothing", "gems", null))).contains("catalog item");
    assertThat(notFound(() -> quote("old", "gems", "no_such_store"))).contains("catalog item");
  }

  @Test
  void throughAStore_theOverrideWins_elseTheCatalogPrice_andTheListingCarriesItsCap() throws Exception {
    Row shop = store("{\"name\":\"Shop\",\"key\":\"shop\"}");
    Row listed = listing(shop, "{\"catalog_item_id\":\"11111111-1111-1111-1111-111111111111\","
        + "\"override_prices\":{\"gems\":150},\"max_purchases_per_user\":2}");
    Quote gems = quote("sword", "gems", "shop");
    assertThat(gems.price()).isEqualByComparingTo("150");
    assertThat(gems.listing()).isEqualTo(new Offers.Listing(shop.id(), listed.id(), 2));
    assertThat(quote("sword", "usd", shop.id()).price()).isEqualByComparingTo("4.99");
    assertThat(quote("sword", "coins", "shop").price()).isNull();
    Row plain = store("{\"name\":\"Plain\"}");
    listing(plain, "{\"catalog_item_id\":\"11111111-1111-1111-1111-111111111111\"}");
    Quote uncapped = quote("sword", "gems", plain.id());
    assertThat(uncapped.price()).isEqualByComparingTo("200");
    assertThat(uncapped.listing().maxPurchasesPerUser()).isNull();
  }

  @Test
  void aStoreThatIsMissingInactiveOrDoesNotListTheItem_isNotFound() throws Exception {
    assertThat(notFound(() -> quote("sword", "gems", "nowhere"))).contains("store");
    Row closed = store("{\"name\":\"Closed\",\"key\":\"closed\",\"is_active\":false}");
    listing(closed, "{\"catalog_item_id\":\"11111111-1111-1111-1111-111111111111\"}");
    assertThat(notFound(() -> quote("sword", "gems", "closed"))).contains("store");
    store("{\"name\":\"Empty\",\"key\":\"empty\"}");
    assertThat(notFound(() -> quote("sword", "gems", "empty"))).contains("does not list");
  }

  @Test
  void theListingWindow_opensAtItsStart_andClosesAtItsEnd_onTheEmulatorsClock() throws Exception {
    Row sale = store("{\"name\":\"Sale\",\"key\":\"sale\"}");
    listing(sale, "{\"catalog_item_id\":\"11111111-1111-1111-1111-111111111111\","
        + "\"available_from\":\"2030-01-07T10:00:00Z\",\"available_until\":\"2030-01-07T11:00:00Z\"}");
    assertThat(notFound(() -> quote("sword", "gems", "sale"))).contains("outside its window");
    clock.advance(Duration.ofHours(1));
    assertThat(quote("sword", "gems", "sale").price()).isEqualByComparingTo("200");
    clock.advance(Duration.ofHours(1).minusMillis(1));
    assertThat(quote("sword", "gems", "sale").listing()).isNotNull();
    clock.advance(Duration.ofMillis(1));
    assertThat(notFound(() -> quote("sword", "gems", "sale"))).contains("outside its window");
  }

  @Test
  void payableAmount_isAWholeNumberOnly() {
    Item any = items.get("sword");
    assertThat(new Quote(any, null, new BigDecimal("4.99")).payableAmount()).isNull();
    assertThat(new Quote(any, null, new BigDecimal("10.00")).payableAmount()).isEqualTo(10L);
    assertThat(new Quote(any, null, BigDecimal.ZERO).payableAmount()).isZero();
    assertThat(new Quote(any, null, new BigDecimal("1E+30")).payableAmount()).isNull();
    assertThat(new Quote(any, null, null).payableAmount()).isNull();
  }

  @Test
  void openTo_isAnActiveStoreWithoutASegment() throws Exception {
    StoreOffers storeOffers = (StoreOffers) offers;
    Row open = store("{\"name\":\"Open\"}");
    assertThat(storeOffers.openTo(open, USER)).isTrue();
    Row closed = store("{\"name\":\"Closed\",\"is_active\":false}");
    assertThat(storeOffers.openTo(closed, USER)).isFalse();
    // A row naming a segment the project does not have (deleted since) is seen by nobody.
    Row segmented = db.transaction(c -> StoreTables.STORES.update(c, open, StoreTables.STORES.values()
        .set("segment_id", Json.createValue("123e4567-e89b-12d3-a456-426614174000")), clock.instant()));
    assertThat(storeOffers.openTo(segmented, USER)).isFalse();
    assertThatThrownBy(() -> quote("sword", "gems", segmented.id())).isInstanceOf(ApiException.class);
  }
}
