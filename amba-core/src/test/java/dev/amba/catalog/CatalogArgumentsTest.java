package dev.amba.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.internal.WireForms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Catalog arguments are checked before anything is sent, and the bodies are the documented ones (18.2). */
class CatalogArgumentsTest {

  // Nothing listens here: a call that got past its checks would fail with a transport error instead.
  private AmbaClient amba;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newItem_buildsTheDocumentedBody_inTheOrderSet() {
    NewCatalogItem item = NewCatalogItem.of("fire_sword", "Fire sword").description("hot").iconUrl("https://x/i.png")
        .category("weapons").tags("fire", "rare").itemType(ItemType.CONSUMABLE).metadata(Map.of("damage", 12));
    assertThat(WireForms.of(item)).containsExactly(Map.entry("key", "fire_sword"), Map.entry("name", "Fire sword"),
        Map.entry("description", "hot"), Map.entry("icon_url", "https://x/i.png"), Map.entry("category", "weapons"),
        Map.entry("tags", List.of("fire", "rare")), Map.entry("item_type", "consumable"),
        Map.entry("metadata", Map.of("damage", 12)));
    assertThat(item.key()).isEqualTo("fire_sword");
    assertThat(item).isEqualTo(NewCatalogItem.of("fire_sword", "Fire sword").description("hot")
        .iconUrl("https://x/i.png").category("weapons").tags(List.of("fire", "rare")).itemType(ItemType.CONSUMABLE)
        .metadata(Map.of("damage", 12)));
    assertThat(WireForms.of(NewCatalogItem.of("a", "A"))).containsOnlyKeys("key", "name");
  }

  @Test
  void newItem_refusesKeysOutsideM1_andTextOutsideItsLengths_namingTheArgument() {
    for (String key : new String[] {null, "", "Sword", "1sword", "fire-sword", "a".repeat(65)}) {
      assertThatThrownBy(() -> NewCatalogItem.of(key, "N")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("key ");
    }
    assertThat(NewCatalogItem.of("a".repeat(64), "N").key()).hasSize(64);
    assertThatThrownBy(() -> NewCatalogItem.of("k", " ")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewCatalogItem.of("k", "n".repeat(129))).hasMessageStartingWith("name ");
    NewCatalogItem k = NewCatalogItem.of("k", "N");
    assertThatThrownBy(() -> k.description("d".repeat(1025))).hasMessageStartingWith("description ");
    assertThat(WireForms.of(k.description(""))).containsEntry("description", "");
    assertThatThrownBy(() -> k.iconUrl("")).hasMessageStartingWith("iconUrl ");
    assertThatThrownBy(() -> k.iconUrl("u".repeat(2049))).hasMessageStartingWith("iconUrl ");
    assertThatThrownBy(() -> k.category(" ")).hasMessageStartingWith("category ");
    assertThatThrownBy(() -> k.category("c".repeat(65))).hasMessageStartingWith("category ");
    assertThatThrownBy(() -> k.name("\uD800")).hasMessageStartingWith("name ").hasMessageContaining("surrogate");
    assertThatThrownBy(() -> k.itemType(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ItemType(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tags_atMostFifty_eachNonBlankAndShort_namingTheTag() {
    NewCatalogItem k = NewCatalogItem.of("k", "N");
    List<String> fifty = new ArrayList<>(Collections.nCopies(50, "t"));
    assertThat(WireForms.of(k.tags(fifty))).containsEntry("tags", fifty);
    fifty.add("t");
    assertThatThrownBy(() -> k.tags(fifty)).hasMessageStartingWith("tags must be at most 50");
    assertThatThrownBy(() -> k.tags("ok", " ")).hasMessageStartingWith("tags[1] ");
    assertThatThrownBy(() -> k.tags("ok", "t".repeat(65))).hasMessageStartingWith("tags[1] ");
    assertThatThrownBy(() -> k.tags(Collections.singletonList((String) null))).hasMessageStartingWith("tags[0] ");
    // A copy: the caller's list changing later changes nothing sent.
    List<String> mine = new ArrayList<>(List.of("a"));
    NewCatalogItem tagged = k.tags(mine);
    mine.add("b");
    assertThat(WireForms.of(tagged)).containsEntry("tags", List.of("a"));
  }

  @Test
  void metadata_isADeepCopyOfJsonValues_andAnythingElseIsRefusedNamingThePath() {
    Map<String, Object> inner = new HashMap<>(Map.of("x", 1));
    Map<String, Object> mine = new HashMap<>(Map.of("nested", inner));
    NewCatalogItem item = NewCatalogItem.of("k", "N").metadata(mine);
    inner.put("y", 2);
    assertThat(WireForms.of(item).get("metadata")).isEqualTo(Map.of("nested", Map.of("x", 1)));
    assertThatThrownBy(() -> NewCatalogItem.of("k", "N").metadata(Map.of("when", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("metadata.when ");
    assertThatThrownBy(() -> NewCatalogItem.of("k", "N").metadata(Map.of("n", Double.NaN)))
        .hasMessageStartingWith("metadata.n ");
  }

  @Test
  void update_sendsOnlyWhatIsSet_nullForClears_andEmptyIsRefused() {
    CatalogItemUpdate u = CatalogItemUpdate.create().name("New").clearDescription().clearIconUrl().clearCategory()
        .active(false).tags().itemType(ItemType.BUNDLE);
    Map<String, Object> body = WireForms.of(u);
    assertThat(body).containsEntry("name", "New").containsEntry("description", null).containsEntry("icon_url", null)
        .containsEntry("category", null).containsEntry("is_active", false).containsEntry("tags", List.of())
        .containsEntry("item_type", "bundle");
    assertThat(body.keySet()).containsExactly("name", "description", "icon_url", "category", "is_active", "tags",
        "item_type");
    assertThatThrownBy(() -> amba.catalog().update("item-1", CatalogItemUpdate.create()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("update:");
  }

  @Test
  void adminCalls_checkIdsCodesPricesAndQuantities_beforeSending() {
    ProjectCatalog c = amba.catalog();
    assertThatThrownBy(() -> c.get(" ")).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> c.get("..")).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> c.delete(null)).hasMessageStartingWith("itemId ");
    assertThatThrownBy(() -> c.list(" ")).hasMessageStartingWith("category ");
    assertThatThrownBy(() -> c.setPrice("i", "USD", BigDecimal.ONE)).hasMessageStartingWith("currencyCode ");
    assertThatThrownBy(() -> c.setPrice("i", "gems", new BigDecimal("-0.01"))).hasMessageStartingWith("price ");
    assertThatThrownBy(() -> c.setPrice("i", "gems", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("price");
    assertThatThrownBy(() -> c.deletePrice("i", "a-b")).hasMessageStartingWith("currencyCode ");
    assertThatThrownBy(() -> c.setBundleContent("b", "i", 0)).hasMessageStartingWith("quantity ");
    assertThatThrownBy(() -> c.setBundleContent(" ", "i", 1)).hasMessageStartingWith("bundleId ");
    assertThatThrownBy(() -> c.setBundleContent("b", "", 1)).hasMessageStartingWith("contentItemId ");
    assertThatThrownBy(() -> c.deleteBundleContent("b", " ")).hasMessageStartingWith("contentItemId ");
    assertThatThrownBy(() -> c.create(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void userCalls_checkThePathValue_andTheFilter_beforeSending() {
    AmbaUser user = amba.asUser("u1");
    assertThatThrownBy(() -> user.catalog().item(" ")).hasMessageStartingWith("idOrKey ");
    assertThatThrownBy(() -> user.catalog().item(".")).hasMessageStartingWith("idOrKey ");
    assertThatThrownBy(() -> user.catalog().items(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CatalogFilter.all().tag("")).hasMessageStartingWith("tag ");
    assertThatThrownBy(() -> CatalogFilter.all().category("c".repeat(65))).hasMessageStartingWith("category ");
    assertThat(WireForms.of(CatalogFilter.all())).isEmpty();
    assertThat(WireForms.of(CatalogFilter.all().category("skins").tag("sale")))
        .containsExactly(Map.entry("category", "skins"), Map.entry("tag", "sale"));
    assertThat(CatalogFilter.all().tag("a").tag("b")).isEqualTo(CatalogFilter.all().tag("b"));
  }

  @Test
  void views_findAPriceByCode() {
    CatalogItem item = new CatalogItem("i", "k", "N", null, null, null, null, ItemType.DURABLE, null, true, null, null);
    CatalogItemView view = new CatalogItemView(item, List.of(new ItemPrice("gems", new BigDecimal("250")),
        new ItemPrice("usd", new BigDecimal("4.99"))));
    assertThat(view.price("usd")).contains(new BigDecimal("4.99"));
    assertThat(view.price("coins")).isEmpty();
    assertThat(new CatalogItemDetail(item, null, null).price("gems")).isEmpty();
    assertThat(item.tags()).isEmpty();
    assertThat(item.metadata()).isEmpty();
  }
}
