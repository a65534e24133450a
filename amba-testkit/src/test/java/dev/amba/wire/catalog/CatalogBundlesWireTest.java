package dev.amba.wire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaNotFoundException;
import dev.amba.catalog.BundleContent;
import dev.amba.catalog.BundleEntry;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.ItemSummary;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.wire.ModuleCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bundle contents (18.2): upserted with 201, only in bundles, never bundles themselves, listed in the detail. */
class CatalogBundlesWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  @Test
  void setBundleContent_answers201_replacesTheQuantityOfTheSameContent_andTheDetailListsThemInOrderAdded()
      throws Exception {
    CatalogItem pack = p.item("starter_pack", ItemType.BUNDLE);
    CatalogItem sword = p.amba.catalog().create(NewCatalogItem.of("sword", "Sword").iconUrl("https://x/s.png"));
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);

    BundleContent first = p.amba.catalog().setBundleContent(pack.id(), sword.id(), 1);
    assertThat(first).isEqualTo(new BundleContent(first.id(), pack.id(), sword.id(), 1));
    ModuleCalls.Answer defaulted = p.admin("POST", "/catalog/" + pack.id() + "/bundle",
        "{\"content_item_id\":\"" + potion.id() + "\"}");
    assertThat(defaulted.status()).isEqualTo(201);
    assertThat(defaulted.data().getInt("quantity")).isEqualTo(1);
    ModuleCalls.Answer replaced = p.admin("POST", "/catalog/" + pack.id() + "/bundle",
        "{\"content_item_id\":\"" + potion.id() + "\",\"quantity\":5}");
    assertThat(replaced.status()).isEqualTo(201);
    assertThat(replaced.data().getString("id")).isEqualTo(defaulted.data().getString("id"));

    assertThat(p.amba.catalog().get(pack.id()).bundleContents()).containsExactly(
        new BundleEntry(sword.id(), 1, new ItemSummary("sword", "Sword", "https://x/s.png")),
        new BundleEntry(potion.id(), 5, new ItemSummary("potion", "potion", null)));
  }

  @Test
  void onlyABundleHoldsContents_400NotABundle() {
    CatalogItem sword = p.item("sword");
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    assertThatThrownBy(() -> p.amba.catalog().setBundleContent(sword.id(), potion.id(), 1))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("not_a_bundle"));
    assertThat(p.amba.catalog().get(sword.id()).bundleContents()).isEmpty();
  }

  @Test
  void aBundleNeverHoldsABundle_itselfIncluded_400NestedBundle() {
    CatalogItem outer = p.item("outer", ItemType.BUNDLE);
    CatalogItem inner = p.item("inner", ItemType.BUNDLE);
    assertThatThrownBy(() -> p.amba.catalog().setBundleContent(outer.id(), inner.id(), 1))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("nested_bundle"));
    assertThatThrownBy(() -> p.amba.catalog().setBundleContent(outer.id(), outer.id(), 1))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("nested_bundle"));
    assertThat(p.amba.catalog().get(outer.id()).bundleContents()).isEmpty();
  }

  @Test
  void anUnknownBundleOrContent_is404_andABadQuantityOrIdIs400() throws Exception {
    CatalogItem pack = p.item("pack", ItemType.BUNDLE);
    assertThatThrownBy(() -> p.amba.catalog().setBundleContent(pack.id(), "00000000-0000-0000-0000-000000000000", 1))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    CatalogItem sword = p.item("sword");
    assertThatThrownBy(() -> p.amba.catalog().setBundleContent("pack", sword.id(), 1))
        .isInstanceOf(AmbaNotFoundException.class);
    try (CatalogFixture.Project other = fixture.new Project()) {
      CatalogItem theirs = other.item("theirs");
      assertThatThrownBy(() -> p.amba.catalog().setBundleContent(pack.id(), theirs.id(), 1))
          .isInstanceOf(AmbaNotFoundException.class);
    }
    ModuleCalls.Answer zero = p.admin("POST", "/catalog/" + pack.id() + "/bundle",
        "{\"content_item_id\":\"" + sword.id() + "\",\"quantity\":0}");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.fieldPaths()).containsExactly("quantity");
    assertThat(p.admin("POST", "/catalog/" + pack.id() + "/bundle", "{\"content_item_id\":\"sword\"}").fieldPaths())
        .containsExactly("content_item_id");
    assertThat(p.amba.catalog().get(pack.id()).bundleContents()).isEmpty();
  }

  @Test
  void deleteBundleContent_answersTheMarkerWithTheLinksId_andThen404() throws Exception {
    CatalogItem pack = p.item("pack", ItemType.BUNDLE);
    CatalogItem sword = p.item("sword");
    BundleContent link = p.amba.catalog().setBundleContent(pack.id(), sword.id(), 2);
    ModuleCalls.Answer deleted = p.admin("DELETE", "/catalog/" + pack.id() + "/bundle/" + sword.id(), null);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().getString("id")).isEqualTo(link.id());
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    assertThat(p.amba.catalog().get(pack.id()).bundleContents()).isEmpty();
    assertThatThrownBy(() -> p.amba.catalog().deleteBundleContent(pack.id(), sword.id()))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    // Out of the bundle, the sword may become a bundle itself.
    assertThat(p.amba.catalog().update(sword.id(), CatalogItemUpdate.create().itemType(ItemType.BUNDLE)).itemType())
        .isEqualTo(ItemType.BUNDLE);
  }
}
