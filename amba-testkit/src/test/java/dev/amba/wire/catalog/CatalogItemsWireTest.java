package dev.amba.wire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemDetail;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.CatalogItemView;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.wire.ModuleCalls;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The item routes of 18.2 over the wire: defaults, 409 item_exists, order, ids on admin paths, updates, the delete cascade. */
class CatalogItemsWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  @Test
  void create_answersTheItemWithTheDocumentedDefaults() {
    Instant now = fixture.clock.instant();
    CatalogItem item = p.amba.catalog().create(NewCatalogItem.of("fire_sword", "Fire sword"));
    assertThat(item.id()).matches("[0-9a-f-]{36}");
    assertThat(item).isEqualTo(new CatalogItem(item.id(), "fire_sword", "Fire sword", null, null, null, List.of(),
        ItemType.DURABLE, Map.of(), true, now, now));
  }

  @Test
  void create_keepsEverySettingGiven_metadataAsJsonValues() {
    CatalogItem item = p.amba.catalog().create(NewCatalogItem.of("potion", "Potion").description("heals")
        .iconUrl("https://cdn.example/potion.png").category("consumables").tags("heal", "red")
        .itemType(ItemType.CONSUMABLE).metadata(Map.of("hp", 50, "rate", new BigDecimal("1.5"),
            "nested", Map.of("ok", true))));
    assertThat(item).extracting(CatalogItem::description, CatalogItem::iconUrl, CatalogItem::category,
        CatalogItem::tags, CatalogItem::itemType)
        .containsExactly("heals", "https://cdn.example/potion.png", "consumables", List.of("heal", "red"),
            ItemType.CONSUMABLE);
    assertThat(item.metadata()).isEqualTo(Map.of("hp", 50L, "rate", new BigDecimal("1.5"),
        "nested", Map.of("ok", true)));
  }

  @Test
  void aTakenKey_is409ItemExists_butOnlyWithinTheProject() {
    p.item("gem_pack");
    assertThatThrownBy(() -> p.item("gem_pack"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("item_exists"));
    try (CatalogFixture.Project other = fixture.new Project()) {
      assertThat(other.item("gem_pack").key()).isEqualTo("gem_pack");
    }
    assertThat(p.amba.catalog().list()).hasSize(1);
  }

  @Test
  void theEmulatorRefusesBadBodies_namingEveryField() throws Exception {
    ModuleCalls.Answer bad = p.admin("POST", "/catalog", "{\"key\":\"Bad Key\",\"name\":\" \",\"item_type\":\"pass\","
        + "\"extra\":1}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("invalid_input");
    assertThat(bad.fieldPaths()).containsExactlyInAnyOrder("key", "name", "item_type", "extra");
    ModuleCalls.Answer shapes = p.admin("POST", "/catalog", "{\"key\":\"k\",\"name\":\"N\",\"tags\":[\"ok\",\" \",3],"
        + "\"metadata\":[1]}");
    assertThat(shapes.status()).isEqualTo(400);
    assertThat(shapes.fieldPaths()).containsExactly("tags[1]", "tags[2]", "metadata");
    String many = "[" + "\"t\",".repeat(50) + "\"t\"]";
    assertThat(p.admin("POST", "/catalog", "{\"key\":\"k\",\"name\":\"N\",\"tags\":" + many + "}").fieldPaths())
        .containsExactly("tags");
    assertThat(p.admin("POST", "/catalog", "{\"key\":\"k\",\"name\":\"N\",\"tags\":\"t\"}").fieldPaths())
        .containsExactly("tags");
    assertThat(p.amba.catalog().list()).isEmpty();
  }

  @Test
  void list_isEveryItemWithItsPrices_inCreatedOrder_evenWithinOneInstant_andFiltersByCategory() {
    CatalogItem zulu = p.amba.catalog().create(NewCatalogItem.of("zulu", "Zulu").category("a"));
    CatalogItem alpha = p.amba.catalog().create(NewCatalogItem.of("alpha", "Alpha").category("b"));
    CatalogItem mike = p.amba.catalog().create(NewCatalogItem.of("mike", "Mike").category("a"));
    p.amba.catalog().update(mike.id(), CatalogItemUpdate.create().active(false));
    p.amba.catalog().setPrice(alpha.id(), "gems", BigDecimal.TEN);
    List<CatalogItemView> all = p.amba.catalog().list();
    assertThat(all).extracting(v -> v.item().key()).containsExactly("zulu", "alpha", "mike");
    assertThat(all.get(1).price("gems")).contains(BigDecimal.TEN);
    assertThat(all.get(2).item().isActive()).isFalse();
    assertThat(p.amba.catalog().list("a")).extracting(v -> v.item().id()).containsExactly(zulu.id(), mike.id());
    assertThat(p.amba.catalog().list("A")).isEmpty();
  }

  @Test
  void get_answersTheDetailById_andAKeyOnTheAdminPathIsNotFound() {
    CatalogItem item = p.item("shield");
    CatalogItemDetail d = p.amba.catalog().get(item.id());
    assertThat(d.item()).isEqualTo(item);
    assertThat(d.prices()).isEmpty();
    assertThat(d.bundleContents()).isEmpty();
    assertThatThrownBy(() -> p.amba.catalog().get("shield"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba.catalog().get("00000000-0000-0000-0000-000000000000"))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    try (CatalogFixture.Project other = fixture.new Project()) {
      assertThatThrownBy(() -> other.amba.catalog().get(item.id())).isInstanceOf(AmbaNotFoundException.class);
    }
  }

  @Test
  void update_changesWhatIsSet_clearsNulls_keepsTheKey_andStampsUpdatedAt() throws Exception {
    CatalogItem item = p.amba.catalog().create(NewCatalogItem.of("bow", "Bow").description("d").category("c")
        .iconUrl("https://x/bow.png").tags("a"));
    fixture.clock.advance(Duration.ofMinutes(5));
    CatalogItem changed = p.amba.catalog().update(item.id(), CatalogItemUpdate.create().name("Long bow")
        .clearDescription().clearCategory().clearIconUrl().tags().metadata(Map.of("range", 30)).active(false)
        .itemType(ItemType.CONSUMABLE));
    assertThat(changed).isEqualTo(new CatalogItem(item.id(), "bow", "Long bow", null, null, null, List.of(),
        ItemType.CONSUMABLE, Map.of("range", 30L), false, item.createdAt(), fixture.clock.instant()));
    assertThat(p.amba.catalog().get(item.id()).item()).isEqualTo(changed);
    ModuleCalls.Answer key = p.admin("PATCH", "/catalog/" + item.id(), "{\"key\":\"other\"}");
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.code()).isEqualTo("immutable_field");
    assertThat(p.admin("PATCH", "/catalog/" + item.id(), "{\"tags\":null}").fieldPaths()).containsExactly("tags");
    assertThatThrownBy(() -> p.amba.catalog().update("bow", CatalogItemUpdate.create().name("x")))
        .isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void delete_answersTheMarker_andTakesThePricesAndEveryBundleLinkWithIt() throws Exception {
    CatalogItem sword = p.item("sword");
    CatalogItem pack = p.item("pack", ItemType.BUNDLE);
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    p.amba.catalog().setPrice(sword.id(), "gems", BigDecimal.ONE);
    p.amba.catalog().setBundleContent(pack.id(), sword.id(), 1);
    p.amba.catalog().setBundleContent(pack.id(), potion.id(), 3);

    ModuleCalls.Answer deleted = p.admin("DELETE", "/catalog/" + sword.id(), null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data()).isEqualTo(jakarta.json.Json.createObjectBuilder().add("id", sword.id())
        .add("deleted", true).build());
    assertThat(p.amba.catalog().get(pack.id()).bundleContents()).extracting(c -> c.contentItemId())
        .containsExactly(potion.id());
    assertThat(p.amba.catalog().list()).extracting(v -> v.item().key()).containsExactly("pack", "potion");
    assertThatThrownBy(() -> p.amba.catalog().delete(sword.id())).isInstanceOf(AmbaNotFoundException.class);
    // Its key is free again, and the new item starts without the old one's price.
    CatalogItem again = p.item("sword");
    assertThat(p.amba.catalog().get(again.id()).prices()).isEmpty();
    // A deleted bundle takes its own links too.
    p.amba.catalog().delete(pack.id());
    p.amba.catalog().update(potion.id(), CatalogItemUpdate.create().itemType(ItemType.BUNDLE));
    assertThat(p.amba.catalog().get(potion.id()).item().itemType()).isEqualTo(ItemType.BUNDLE);
  }

  @Test
  void itemTypeChanges_neverPutABundleInABundle_norLeaveContentsOutsideOne() {
    CatalogItem pack = p.item("pack", ItemType.BUNDLE);
    CatalogItem sword = p.item("sword");
    p.amba.catalog().setBundleContent(pack.id(), sword.id(), 1);
    assertThatThrownBy(() -> p.amba.catalog().update(sword.id(), CatalogItemUpdate.create().itemType(ItemType.BUNDLE)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("nested_bundle"));
    assertThatThrownBy(() -> p.amba.catalog().update(pack.id(), CatalogItemUpdate.create().itemType(ItemType.DURABLE)))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("bundle_not_empty"));
    assertThat(p.amba.catalog().get(sword.id()).item().itemType()).isEqualTo(ItemType.DURABLE);
    // The same type again, or another change beside it, is no change of type.
    assertThat(p.amba.catalog().update(pack.id(), CatalogItemUpdate.create().itemType(ItemType.BUNDLE).name("Pack"))
        .name()).isEqualTo("Pack");
    assertThat(p.amba.catalog().update(sword.id(), CatalogItemUpdate.create().itemType(ItemType.CONSUMABLE))
        .itemType()).isEqualTo(ItemType.CONSUMABLE);
    p.amba.catalog().deleteBundleContent(pack.id(), sword.id());
    assertThat(p.amba.catalog().update(pack.id(), CatalogItemUpdate.create().itemType(ItemType.DURABLE)).itemType())
        .isEqualTo(ItemType.DURABLE);
  }
}
