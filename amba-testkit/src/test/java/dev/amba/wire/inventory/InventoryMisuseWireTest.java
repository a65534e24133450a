package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaUser;
import dev.amba.catalog.ItemType;
import dev.amba.inventory.PurchaseResult;
import dev.amba.testkit.RecordedRequest;
import dev.amba.wire.catalog.CatalogFixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Misuse of the purchase (issue 13): an unknown currency or item, an idempotency key reused with
 * another purchase, a repeat of a refused one. Each answers the documented error and moves nothing.
 */
class InventoryMisuseWireTest {

  private static final String PURCHASE = "/v1/client/inventory/purchase";

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser user = p.newUser();

  @BeforeEach
  void aShop() {
    shop.currency("gems");
    shop.item("potion", ItemType.CONSUMABLE, "gems", 10);
    shop.item("elixir", ItemType.CONSUMABLE, "gems", 25);
    shop.fund(user, "gems", 100);
  }

  @Test
  void anUnknownCurrency_is400NoPrice() {
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "doubloons"), 400, "no_price");
  }

  @Test
  void anUnknownItem_is404NotFound() {
    shop.refused(user, "gems", () -> user.inventory().purchase("dragon", "gems"), 404, "not_found");
    shop.refused(user, "gems", () -> user.inventory().purchase("123e4567-e89b-12d3-a456-426614174000", "gems"),
        404, "not_found");
  }

  @Test
  void aKeyReusedWithAnotherPurchase_is409IdempotencyKeyReused_andChargesNothing() {
    PurchaseResult first = user.inventory().purchase("potion", "gems", null, "checkout-7");
    shop.refused(user, "gems", () -> user.inventory().purchase("elixir", "gems", null, "checkout-7"),
        409, "idempotency_key_reused");
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "no_store", "checkout-7"),
        409, "idempotency_key_reused");
    // The same purchase with the key is the first one again: nothing more is charged.
    assertThat(user.inventory().purchase("potion", "gems", null, "checkout-7")).isEqualTo(first);
    assertThat(shop.balance(user, "gems")).isEqualTo(90);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 1L));
    assertThat(shop.ledger(user, "gems")).hasSize(2);
  }

  @Test
  void aRefusedPurchase_staysRefusedUnderItsKey_soARepeatAfterFundingCannotPayTwice() {
    shop.item("crown", ItemType.DURABLE, "gems", 150);
    shop.refused(user, "gems", () -> user.inventory().purchase("crown", "gems", null, "crown-1"),
        400, "insufficient_balance");
    shop.fund(user, "gems", 100);
    shop.refused(user, "gems", () -> user.inventory().purchase("crown", "gems", null, "crown-1"),
        400, "insufficient_balance");
    // A new logical purchase (a new key) is judged afresh.
    assertThat(user.inventory().purchase("crown", "gems").balanceAfter()).isEqualTo(50);
  }

  @Test
  void eachLogicalPurchase_sendsAFreshKeyOfItsOwn() {
    fixture.emulator.clearRecordedRequests();
    user.inventory().purchase("potion", "gems");
    user.inventory().purchase("potion", "gems");
    List<RecordedRequest> posts = fixture.emulator.recordedRequests().stream()
        .filter(r -> r.method().equals("POST") && r.pathWithoutQuery().equals(PURCHASE)).toList();
    Set<String> keys = posts.stream().map(r -> r.header("idempotency-key")).collect(Collectors.toSet());
    assertThat(posts).hasSize(2);
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 2L));
  }
}
