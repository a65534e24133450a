package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaApiException;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.ItemType;
import dev.amba.inventory.AcquiredVia;
import dev.amba.inventory.InventoryItemView;
import dev.amba.inventory.OwnedItem;
import dev.amba.inventory.UserInventoryItem;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin side (20.2): a user's inventory, and grants, additive, durables held at 1, retry-safe. */
class InventoryAdminWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser user = p.newUser();

  @Test
  void aGrant_is201WithTheRow_additive_viaGrant() {
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    ModuleCalls.Answer raw = p.admin("POST", "/inventory/grant",
        "{\"app_user_id\":\"" + user.uid() + "\",\"catalog_item_id\":\"" + potion.id() + "\"}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getInt("quantity")).isEqualTo(1);
    assertThat(raw.data().getString("acquired_via")).isEqualTo("grant");
    assertThat(raw.data().getJsonObject("instance_data")).isEmpty();
    UserInventoryItem four = p.amba.inventory().grant(user.uid(), potion.id(), 3);
    assertThat(four).isEqualTo(new UserInventoryItem(raw.data().getString("id"), user.uid(), potion.id(), 4, Map.of(),
        fixture.clock.instant(), AcquiredVia.GRANT));
    assertThat(p.amba.inventory().list(user.uid())).containsExactly(new InventoryItemView(four,
        new OwnedItem("potion", "potion", null, ItemType.CONSUMABLE, null)));
    assertThat(user.inventory().list()).isEqualTo(p.amba.inventory().list(user.uid()));
  }

  @Test
  void row4_aDurable_staysAt1_howeverManyAreGranted() {
    CatalogItem sword = p.item("sword");
    assertThat(p.amba.inventory().grant(user.uid(), sword.id(), 5).quantity()).isEqualTo(1);
    assertThat(p.amba.inventory().grant(user.uid(), sword.id(), 1).quantity()).isEqualTo(1);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("sword", 1L));
  }

  @Test
  void anInactiveItem_mayBeGranted_butABundleMayNot() {
    CatalogItem retired = p.item("retired_skin");
    p.amba.catalog().update(retired.id(), CatalogItemUpdate.create().active(false));
    assertThat(p.amba.inventory().grant(user.uid(), retired.id(), 1).quantity()).isEqualTo(1);
    // Owned, so listed, though no longer on sale.
    assertThat(shop.holdings(user)).isEqualTo(Map.of("retired_skin", 1L));
    CatalogItem pack = p.item("pack", ItemType.BUNDLE);
    shop.refused(user, () -> p.amba.inventory().grant(user.uid(), pack.id(), 1), 400, "invalid_input");
  }

  @Test
  void anUnknownUserOrItem_is404_andABadBody400() {
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    shop.refused(user, () -> p.amba.inventory().grant("nobody", potion.id(), 1), 404, "user_not_found");
    shop.refused(user, () -> p.amba.inventory().grant(user.uid(), "123e4567-e89b-12d3-a456-426614174000", 1),
        404, "not_found");
    assertThatThrownBy(() -> p.amba.inventory().list("nobody")).isInstanceOfSatisfying(AmbaApiException.class,
        e -> assertThat(e.code()).isEqualTo("user_not_found"));
    ModuleCalls.Answer byKey = p.admin("POST", "/inventory/grant",
        "{\"app_user_id\":\"" + user.uid() + "\",\"catalog_item_id\":\"potion\",\"quantity\":0}");
    assertThat(byKey.status()).isEqualTo(400);
    assertThat(byKey.code()).isEqualTo("invalid_input");
    assertThat(byKey.fieldPaths()).containsExactlyInAnyOrder("catalog_item_id", "quantity");
    // Another project's user is no user of this one.
    CatalogFixture.Project other = fixture.new Project();
    try (other) {
      AmbaUser stranger = other.newUser();
      shop.refused(user, () -> p.amba.inventory().grant(stranger.uid(), potion.id(), 1), 404, "user_not_found");
      assertThat(other.amba.inventory().list(stranger.uid())).isEmpty();
    }
  }

  @Test
  void aGrantWithTheCallersKey_grantsOnce_andTheKeyWithAnotherGrant_is409IdempotencyKeyReused() {
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    List<UserInventoryItem> answers = new java.util.ArrayList<>();
    for (int delivery = 0; delivery < 3; delivery++) {
      answers.add(p.amba.inventory().grant(user.uid(), potion.id(), 2, "order-1042"));
    }
    assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 2L));
    shop.refused(user, () -> p.amba.inventory().grant(user.uid(), potion.id(), 5, "order-1042"),
        409, "idempotency_key_reused");
    // Without a key of the caller's, each call is its own grant.
    p.amba.inventory().grant(user.uid(), potion.id(), 2);
    p.amba.inventory().grant(user.uid(), potion.id(), 2);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 6L));
  }
}
