package dev.amba.wire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.catalog.BundleEntry;
import dev.amba.catalog.CatalogFilter;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemDetail;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.CatalogItemView;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.ModuleCalls;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client catalog (18.1): active items only, created order, category and tag filters, lazy pages, fetch_failed. */
class CatalogClientWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  @Test
  void items_areTheActiveOnes_inCreatedOrder_withTheirPrices() {
    CatalogItem b = p.item("b_item");
    CatalogItem hidden = p.item("hidden");
    CatalogItem a = p.item("a_item");
    p.amba.catalog().update(hidden.id(), CatalogItemUpdate.create().active(false));
    p.amba.catalog().setPrice(a.id(), "gems", new BigDecimal("30"));
    AmbaUser user = p.newUser();
    List<CatalogItemView> items = user.catalog().items().toList();
    assertThat(items).extracting(v -> v.item().id()).containsExactly(b.id(), a.id());
    assertThat(items.get(1).price("gems")).contains(new BigDecimal("30"));
    // Back on sale, it takes its place by creation again.
    p.amba.catalog().update(hidden.id(), CatalogItemUpdate.create().active(true));
    assertThat(user.catalog().items().map(v -> v.item().key())).containsExactly("b_item", "hidden", "a_item");
  }

  @Test
  void filters_matchTheCategoryExactly_andATagAmongTheTags() {
    p.amba.catalog().create(NewCatalogItem.of("red_skin", "Red").category("skins").tags("sale", "red"));
    p.amba.catalog().create(NewCatalogItem.of("blue_skin", "Blue").category("skins").tags("blue"));
    p.amba.catalog().create(NewCatalogItem.of("sale_sword", "Sword").category("weapons").tags("sale"));
    p.amba.catalog().create(NewCatalogItem.of("odd", "Odd").category("Skins").tags("Sale", "sales"));
    AmbaUser user = p.newUser();
    assertThat(keys(user, CatalogFilter.all().category("skins"))).containsExactly("red_skin", "blue_skin");
    assertThat(keys(user, CatalogFilter.all().tag("sale"))).containsExactly("red_skin", "sale_sword");
    assertThat(keys(user, CatalogFilter.all().category("skins").tag("sale"))).containsExactly("red_skin");
    assertThat(keys(user, CatalogFilter.all().category("hats"))).isEmpty();
  }

  private static List<String> keys(AmbaUser user, CatalogFilter filter) {
    return user.catalog().items(filter).map(v -> v.item().key()).toList();
  }

  @Test
  void items_arePagedLazily_aHundredAtATime() {
    for (int i = 0; i < 105; i++) {
      p.item(String.format("item_%03d", i));
    }
    AmbaUser user = p.newUser();
    fixture.emulator.clearRecordedRequests();
    assertThat(user.catalog().items().limit(3).map(v -> v.item().key())).containsExactly("item_000", "item_001",
        "item_002");
    assertThat(catalogReads()).hasSize(1);
    fixture.emulator.clearRecordedRequests();
    List<CatalogItemView> all = user.catalog().items().toList();
    assertThat(all).hasSize(105);
    assertThat(all.get(104).item().key()).isEqualTo("item_104");
    assertThat(catalogReads()).extracting(RecordedRequest::path).containsExactly(
        "/v1/client/catalog?limit=100&offset=0", "/v1/client/catalog?limit=100&offset=100");
  }

  private static List<RecordedRequest> catalogReads() {
    return fixture.emulator.recordedRequests().stream()
        .filter(r -> r.pathWithoutQuery().equals("/v1/client/catalog")).toList();
  }

  @Test
  void theOffsetList_carriesTotalOffsetAndLimit_andRefusesALimitPast100() throws Exception {
    p.item("one");
    p.item("two");
    p.item("three");
    AmbaUser user = p.newUser();
    ModuleCalls.Answer page = p.client(user.uid(), "GET", "/catalog?limit=2&offset=1", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().getJsonNumber("total").intValue()).isEqualTo(3);
    assertThat(page.json().getInt("offset")).isEqualTo(1);
    assertThat(page.json().getInt("limit")).isEqualTo(2);
    assertThat(page.json().getJsonArray("data").stream().map(v -> v.asJsonObject().getString("key")))
        .containsExactly("two", "three");
    assertThat(page.json().getJsonArray("data").getJsonObject(0).getJsonArray("catalog_item_prices")).isEmpty();
    ModuleCalls.Answer defaults = p.client(user.uid(), "GET", "/catalog", null);
    assertThat(defaults.json().getInt("limit")).isEqualTo(50);
    ModuleCalls.Answer tooMany = p.client(user.uid(), "GET", "/catalog?limit=101", null);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.code()).isEqualTo("invalid_input");
    assertThat(p.client(user.uid(), "GET", "/catalog?offset=-1", null).status()).isEqualTo(400);
  }

  @Test
  void item_byKeyOrId_isTheDetail_withPricesAndBundleContents() {
    CatalogItem pack = p.amba.catalog().create(NewCatalogItem.of("starter_pack", "Starter").itemType(ItemType.BUNDLE));
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    p.amba.catalog().setBundleContent(pack.id(), potion.id(), 3);
    p.amba.catalog().setPrice(pack.id(), "gems", new BigDecimal("400"));
    // A bundle grants its contents even when they are off sale themselves.
    p.amba.catalog().update(potion.id(), CatalogItemUpdate.create().active(false));
    AmbaUser user = p.newUser();
    CatalogItemDetail byKey = user.catalog().item("starter_pack");
    assertThat(byKey).isEqualTo(user.catalog().item(pack.id()));
    assertThat(byKey.item()).isEqualTo(pack);
    assertThat(byKey.price("gems")).contains(new BigDecimal("400"));
    assertThat(byKey.bundleContents()).extracting(BundleEntry::contentItemId, BundleEntry::quantity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(potion.id(), 3));
  }

  @Test
  void aMissingOrInactiveItem_is404FetchFailed_andAnotherProjectsToo() {
    CatalogItem off = p.item("off_sale");
    p.amba.catalog().update(off.id(), CatalogItemUpdate.create().active(false));
    AmbaUser user = p.newUser();
    for (String idOrKey : List.of("off_sale", off.id(), "nothing", "00000000-0000-0000-0000-000000000000")) {
      assertThatThrownBy(() -> user.catalog().item(idOrKey))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("fetch_failed"));
    }
    try (CatalogFixture.Project other = fixture.new Project()) {
      CatalogItem theirs = other.item("theirs");
      assertThatThrownBy(() -> user.catalog().item(theirs.id()))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("fetch_failed"));
      assertThat(user.catalog().items()).isEmpty();
    }
  }
}
