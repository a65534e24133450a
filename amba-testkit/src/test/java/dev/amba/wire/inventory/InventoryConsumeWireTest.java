package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.inventory.AcquiredVia;
import dev.amba.inventory.UserInventoryItem;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Consume (20.1, 20.4 #5): a consumable decrements, stays at 0 out of the lists; its errors change nothing. */
class InventoryConsumeWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser user = p.newUser();
  private CatalogItem potion;
  private CatalogItem sword;

  @BeforeEach
  void aBagWithThreePotionsAndASword() {
    shop.currency("gems");
    potion = p.item("potion", ItemType.CONSUMABLE);
    sword = p.item("sword");
    p.amba.inventory().grant(user.uid(), potion.id(), 3);
    p.amba.inventory().grant(user.uid(), sword.id(), 1);
  }

  @Test
  void row5_consumeDecrements_theRowStaysAt0_andLeavesTheLists() {
    UserInventoryItem two = user.inventory().consume("potion", 1);
    assertThat(two.quantity()).isEqualTo(2);
    assertThat(two.catalogItemId()).isEqualTo(potion.id());
    UserInventoryItem none = user.inventory().consume(potion.id(), 2);
    assertThat(none.quantity()).isZero();
    assertThat(none.id()).isEqualTo(two.id());
    assertThat(shop.holdings(user)).isEqualTo(Map.of("sword", 1L));
    assertThat(p.amba.inventory().list(user.uid())).extracting(v -> v.item().key()).containsExactly("sword");
    assertThatThrownBy(() -> user.inventory().get("potion")).isInstanceOf(AmbaNotFoundException.class);
    shop.refused(user, () -> user.inventory().consume("potion", 1), 404, "not_found");
  }

  @Test
  void aRowAt0_acquiredAgain_isTheSameRow_acquiredAfresh() {
    UserInventoryItem gone = user.inventory().consume("potion", 3);
    fixture.clock.advance(Duration.ofHours(1));
    UserInventoryItem back = p.amba.inventory().grant(user.uid(), potion.id(), 2);
    assertThat(back.id()).isEqualTo(gone.id());
    assertThat(back.quantity()).isEqualTo(2);
    assertThat(back.acquiredVia()).isEqualTo(AcquiredVia.GRANT);
    assertThat(back.acquiredAt()).isEqualTo(fixture.clock.instant());
    // Still in the order first acquired: before the sword.
    assertThat(user.inventory().list()).extracting(v -> v.item().key()).containsExactly("potion", "sword");
  }

  @Test
  void theQuantity_defaultsTo1() {
    ModuleCalls.Answer empty = p.client(user.uid(), "POST", "/inventory/potion/consume", "{}");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.data().getInt("quantity")).isEqualTo(2);
    assertThat(empty.data().getString("app_user_id")).isEqualTo(user.uid());
    assertThat(p.client(user.uid(), "POST", "/inventory/potion/consume", null).data().getInt("quantity")).isEqualTo(1);
  }

  @Test
  void aQuantityBelow1_is400InvalidInput() {
    for (String body : new String[] {"{\"quantity\":0}", "{\"quantity\":-2}", "{\"quantity\":1.5}", "{\"quantity\":\"1\"}",
        "{\"count\":1}"}) {
      ModuleCalls.Answer raw = p.client(user.uid(), "POST", "/inventory/potion/consume", body);
      assertThat(raw.status()).as(body).isEqualTo(400);
      assertThat(raw.code()).isEqualTo("invalid_input");
    }
    assertThat(shop.holdings(user)).containsEntry("potion", 3L);
  }

  @Test
  void aDurable_is400NotConsumable() {
    shop.refused(user, () -> user.inventory().consume("sword", 1), 400, "not_consumable");
  }

  @Test
  void moreThanTheUserHolds_is400InsufficientQuantity() {
    shop.refused(user, () -> user.inventory().consume("potion", 4), 400, "insufficient_quantity");
    assertThat(user.inventory().consume("potion", 3).quantity()).isZero();
  }

  @Test
  void anItemNotOwned_orUnknown_is404NotFound() {
    p.item("elixir", ItemType.CONSUMABLE);
    shop.refused(user, () -> user.inventory().consume("elixir", 1), 404, "not_found");
    shop.refused(user, () -> user.inventory().consume("no_such_item", 1), 404, "not_found");
    shop.refused(user, () -> user.inventory().consume("123e4567-e89b-12d3-a456-426614174000", 1), 404, "not_found");
  }

  @Test
  void aRepeatWithTheCallersKey_consumesOnce_andTheKeyWithAnotherQuantity_is409() {
    UserInventoryItem first = user.inventory().consume("potion", 1, "use-42");
    assertThat(user.inventory().consume("potion", 1, "use-42")).isEqualTo(first);
    assertThat(shop.holdings(user)).containsEntry("potion", 2L);
    shop.refused(user, () -> user.inventory().consume("potion", 2, "use-42"), 409, "idempotency_key_reused");
  }
}
