package dev.amba.testkit.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.internal.engagement.CatalogReadings;
import dev.amba.testkit.internal.engagement.CatalogReadings.Content;
import dev.amba.testkit.internal.engagement.CatalogReadings.Item;
import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Database;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What other modules read of the catalog: an item by id or key with its prices and a bundle's contents. */
class CatalogReadingsTest {

  private static final Instant T0 = Instant.parse("2030-01-07T09:00:00Z");

  private Database db;
  private String projectId;
  private CatalogReadings readings;

  @BeforeEach
  void open() throws Exception {
    db = Database.inMemory("catalog-" + System.nanoTime());
    Stores stores = Stores.over(db, Clock.fixed(T0, ZoneOffset.UTC));
    CatalogRoutes routes = new CatalogRoutes(stores, Clock.fixed(T0, ZoneOffset.UTC));
    db.read(c -> {
      for (Resource r : routes.resources()) {
        r.ensureTable(c);
      }
      return null;
    });
    readings = routes.readings();
    projectId = stores.projects().create(false).projectId();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Row insert(Resource r, String body, String parentField, String parentId) throws Exception {
    Resource.Values values = r.forCreate(Json.createReader(new StringReader(body)).readObject());
    if (parentField != null) {
      values.set(parentField, Json.createValue(parentId));
    }
    return db.transaction(c -> r.insert(c, Scope.project(projectId), values, T0));
  }

  private Optional<Item> read(String idOrKey) throws Exception {
    return db.read(c -> readings.item(c, projectId, idOrKey));
  }

  @Test
  void anItem_readsWithEveryFieldAndItsPricesByCode_byIdOrKey() throws Exception {
    Row sword = insert(CatalogTables.ITEMS, "{\"key\":\"sword\",\"name\":\"Sword\",\"icon_url\":\"https://x/s.png\","
        + "\"category\":\"weapons\",\"tags\":[\"fire\"],\"metadata\":{\"damage\":12}}", null, null);
    insert(CatalogTables.PRICES, "{\"currency_code\":\"usd\",\"price\":4.99}", "catalog_item_id", sword.id());
    insert(CatalogTables.PRICES, "{\"currency_code\":\"gems\",\"price\":200}", "catalog_item_id", sword.id());
    Item item = read("sword").orElseThrow();
    assertThat(item).isEqualTo(read(sword.id()).orElseThrow());
    assertThat(item).extracting(Item::id, Item::key, Item::name, Item::iconUrl, Item::category, Item::tags,
        Item::itemType, Item::active, Item::contents)
        .containsExactly(sword.id(), "sword", "Sword", "https://x/s.png", "weapons", List.of("fire"), "durable", true,
            List.of());
    JsonObject metadata = item.metadata();
    assertThat(metadata.getInt("damage")).isEqualTo(12);
    assertThat(item.prices().keySet()).containsExactly("gems", "usd");
    assertThat(item.price("usd")).contains(new BigDecimal("4.99"));
    assertThat(item.price("coins")).isEmpty();
    assertThat(item.isBundle()).isFalse();
  }

  @Test
  void aBundle_readsWithItsContents_inTheOrderAdded_activeOrNot() throws Exception {
    Row pack = insert(CatalogTables.ITEMS, "{\"key\":\"pack\",\"name\":\"Pack\",\"item_type\":\"bundle\"}", null, null);
    Row potion = insert(CatalogTables.ITEMS, "{\"key\":\"potion\",\"name\":\"Potion\",\"item_type\":\"consumable\","
        + "\"is_active\":false}", null, null);
    Row shield = insert(CatalogTables.ITEMS, "{\"key\":\"shield\",\"name\":\"Shield\"}", null, null);
    insert(CatalogTables.BUNDLES, "{\"content_item_id\":\"" + potion.id() + "\",\"quantity\":5}", "bundle_item_id",
        pack.id());
    insert(CatalogTables.BUNDLES, "{\"content_item_id\":\"" + shield.id() + "\"}", "bundle_item_id", pack.id());
    Item bundle = read("pack").orElseThrow();
    assertThat(bundle.isBundle()).isTrue();
    assertThat(bundle.contents()).containsExactly(
        new Content(potion.id(), "potion", "Potion", null, "consumable", false, 5),
        new Content(shield.id(), "shield", "Shield", null, "durable", true, 1));
    assertThat(bundle.prices()).isEmpty();
  }

  @Test
  void noSuchItem_readsEmpty_inThisProjectOnly() throws Exception {
    assertThat(read("nothing")).isEmpty();
    assertThat(read("00000000-0000-0000-0000-000000000000")).isEmpty();
    insert(CatalogTables.ITEMS, "{\"key\":\"mine\",\"name\":\"Mine\"}", null, null);
    Optional<Item> elsewhere = db.read(c -> readings.item(c, "another-project", "mine"));
    assertThat(elsewhere).isEmpty();
    assertThat(read("mine").map(Item::prices)).contains(Map.of());
  }
}
