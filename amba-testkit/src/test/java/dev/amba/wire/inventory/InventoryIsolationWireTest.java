package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.ItemType;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M1: a user's inventory is theirs alone; another user sees none of it, uses none of it, pays none of it. */
class InventoryIsolationWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser alice = p.newUser();
  private final AmbaUser bob = p.newUser();
  private CatalogItem sword;
  private CatalogItem potion;

  @BeforeEach
  void aliceBuys() {
    shop.currency("gems");
    sword = shop.item("sword", ItemType.DURABLE, "gems", 100);
    potion = shop.item("potion", ItemType.CONSUMABLE, "gems", 10);
    shop.fund(alice, "gems", 200);
    alice.inventory().purchase("sword", "gems");
    alice.inventory().purchase("potion", "gems");
    alice.inventory().purchase("potion", "gems");
  }

  @Test
  void anotherUser_seesNoneOfIt_byKeyOrId() {
    assertThat(bob.inventory().list()).isEmpty();
    for (String ref : new String[] {"sword", sword.id(), "potion", potion.id()}) {
      assertThatThrownBy(() -> bob.inventory().get(ref)).as(ref).isInstanceOf(AmbaNotFoundException.class);
    }
    // The row's own id is no catalog item's, for anyone.
    String rowId = alice.inventory().get("potion").owned().id();
    ModuleCalls.Answer raw = p.client(bob.uid(), "GET", "/inventory/" + rowId, null);
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.json().toString()).doesNotContain(alice.uid());
    assertThat(p.amba.inventory().list(bob.uid())).isEmpty();
  }

  @Test
  void anotherUser_cannotConsumeIt_andItsQuantityStays() {
    assertThatThrownBy(() -> bob.inventory().consume("potion", 1)).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> bob.inventory().consume(potion.id(), 1)).isInstanceOf(AmbaNotFoundException.class);
    assertThat(shop.holdings(alice)).isEqualTo(Map.of("sword", 1L, "potion", 2L));
  }

  @Test
  void anotherUsersPurchase_paysFromTheirOwnBalance_andOwnsItsOwnDurable() {
    shop.fund(bob, "gems", 100);
    bob.inventory().purchase("sword", "gems");
    assertThat(shop.balance(bob, "gems")).isZero();
    assertThat(shop.balance(alice, "gems")).isEqualTo(80);
    assertThat(shop.holdings(bob)).isEqualTo(Map.of("sword", 1L));
    assertThat(shop.holdings(alice)).isEqualTo(Map.of("sword", 1L, "potion", 2L));
    assertThat(p.amba.inventory().list(alice.uid())).extracting(v -> v.owned().userId()).containsOnly(alice.uid());
  }

  @Test
  void theSameIdempotencyKey_fromTwoUsers_isTwoPurchases() {
    shop.fund(bob, "gems", 10);
    alice.inventory().purchase("potion", "gems", null, "tap-1");
    bob.inventory().purchase("potion", "gems", null, "tap-1");
    assertThat(shop.holdings(bob)).isEqualTo(Map.of("potion", 1L));
    assertThat(shop.holdings(alice)).containsEntry("potion", 3L);
    assertThat(shop.balance(bob, "gems")).isZero();
  }
}
