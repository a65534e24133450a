package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.ItemType;
import dev.amba.currencies.CurrencySource;
import dev.amba.currencies.CurrencyTransaction;
import dev.amba.currencies.CurrencyTransactionType;
import dev.amba.inventory.AcquiredVia;
import dev.amba.inventory.GrantedItem;
import dev.amba.inventory.InventoryItemView;
import dev.amba.inventory.OwnedItem;
import dev.amba.inventory.PurchaseResult;
import dev.amba.inventory.UserInventoryItem;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Purchases at catalog prices (20.1, 20.4 #1, #2, #4, #6, #7): each row by name, each error, and what a failure leaves. */
class InventoryPurchaseWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser user = p.newUser();

  @BeforeEach
  void gems() {
    shop.currency("gems");
  }

  @Test
  void aPurchase_debitsThePrice_withAPurchaseTransaction_andGrantsTheItem() {
    CatalogItem sword = shop.item("sword", ItemType.DURABLE, "gems", 150);
    shop.fund(user, "gems", 400);

    PurchaseResult bought = user.inventory().purchase("sword", "gems");

    CurrencyTransaction debit = shop.ledger(user, "gems").get(0);
    assertThat(bought).isEqualTo(new PurchaseResult(true, "gems", 150, 250, debit.id(),
        java.util.List.of(new GrantedItem(sword.id(), 1))));
    assertThat(debit.amount()).isEqualTo(-150);
    assertThat(debit.balanceAfter()).isEqualTo(250);
    assertThat(debit.transactionType()).isEqualTo(CurrencyTransactionType.PURCHASE);
    assertThat(debit.source()).isEqualTo(CurrencySource.STORE_PURCHASE);
    assertThat(debit.referenceId()).isNotNull();
    assertThat(debit.reason()).isEqualTo("sword");
    assertThat(shop.wallet(user, "gems").lifetimeSpent()).isEqualTo(150);
    InventoryItemView owned = user.inventory().get("sword");
    assertThat(owned.owned()).isEqualTo(new UserInventoryItem(owned.owned().id(), user.uid(), sword.id(), 1, Map.of(),
        fixture.clock.instant(), AcquiredVia.STORE_PURCHASE));
    assertThat(owned.item()).isEqualTo(new OwnedItem("sword", "sword", null, ItemType.DURABLE, null));
    assertThat(user.inventory().get(sword.id())).isEqualTo(owned);
    assertThat(user.inventory().list()).containsExactly(owned);
  }

  @Test
  void thePurchaseAnswer_is200_withTheDocumentedFields() {
    CatalogItem potion = shop.item("potion", ItemType.CONSUMABLE, "gems", 5);
    shop.fund(user, "gems", 10);
    ModuleCalls.Answer raw = p.client(user.uid(), "POST", "/inventory/purchase",
        "{\"catalog_item_id\":\"" + potion.id() + "\",\"currency_code\":\"gems\"}");
    assertThat(raw.status()).isEqualTo(200);
    JsonObject data = raw.data();
    assertThat(data.getBoolean("purchased")).isTrue();
    assertThat(data.getString("currency_code")).isEqualTo("gems");
    assertThat(data.getInt("price")).isEqualTo(5);
    assertThat(data.getInt("balance_after")).isEqualTo(5);
    assertThat(data.getString("transaction_id")).isEqualTo(shop.ledger(user, "gems").get(0).id());
    assertThat(data.getJsonArray("granted").getJsonObject(0).getString("catalog_item_id")).isEqualTo(potion.id());
    JsonObject listed = p.client(user.uid(), "GET", "/inventory", null).json().getJsonArray("data").getJsonObject(0);
    assertThat(listed.keySet()).contains("id", "app_user_id", "catalog_item_id", "quantity", "instance_data",
        "acquired_at", "acquired_via", "catalog_items");
    assertThat(listed.getJsonObject("catalog_items").keySet())
        .containsExactly("key", "name", "icon_url", "item_type", "category");
    assertThat(listed.getString("acquired_at")).isEqualTo("2030-01-07T09:00:00.000Z");
  }

  @Test
  void row1_theItemComesFirst_aMissingOrInactiveOne_is404NotFound_beforeAnyPriceOrBalanceCheck() {
    CatalogItem hidden = shop.item("hidden", ItemType.DURABLE, "gems", 10);
    p.amba.catalog().update(hidden.id(), CatalogItemUpdate.create().active(false));
    shop.refused(user, "gems", () -> user.inventory().purchase("no_such_item", "gems"), 404, "not_found");
    shop.refused(user, "gems", () -> user.inventory().purchase("no_such_item", "not_a_currency"), 404, "not_found");
    shop.refused(user, "gems", () -> user.inventory().purchase("hidden", "gems"), 404, "not_found");
    shop.refused(user, "gems", () -> user.inventory().purchase(hidden.id(), "gems"), 404, "not_found");
  }

  @Test
  void row1_thePriceComesBeforeTheBalance_noPriceInTheCurrency_is400NoPrice() {
    shop.currency("coins");
    shop.item("sword", ItemType.DURABLE, "gems", 150);
    // No coins price, and no coins at all: the price is what is refused.
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "coins"), 400, "no_price");
  }

  @Test
  void row1_aDurableAlreadyOwned_comesBeforeTheBalance_409AlreadyOwned() {
    shop.item("sword", ItemType.DURABLE, "gems", 150);
    shop.fund(user, "gems", 150);
    user.inventory().purchase("sword", "gems");
    assertThat(shop.balance(user, "gems")).isZero();
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "gems"), 409, "already_owned");
  }

  @Test
  void row1_theBalanceComesLast_400InsufficientBalance_andNothingChanges() {
    shop.item("sword", ItemType.DURABLE, "gems", 150);
    shop.fund(user, "gems", 149);
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "gems"), 400, "insufficient_balance");
    assertThat(shop.balance(user, "gems")).isEqualTo(149);
    assertThat(shop.ledger(user, "gems")).hasSize(1);
    assertThat(shop.holdings(user)).isEmpty();
    assertThatThrownBy(() -> user.inventory().get("sword")).isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void row2_aBundle_grantsEachContentWithItsQuantity_viaBundle_andIsNotStoredItself() {
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    CatalogItem shield = p.item("shield");
    CatalogItem pack = shop.item("starter_pack", ItemType.BUNDLE, "gems", 100);
    p.amba.catalog().setBundleContent(pack.id(), potion.id(), 5);
    p.amba.catalog().setBundleContent(pack.id(), shield.id(), 1);
    shop.fund(user, "gems", 300);

    PurchaseResult first = user.inventory().purchase("starter_pack", "gems");
    assertThat(first.granted()).containsExactly(new GrantedItem(potion.id(), 5), new GrantedItem(shield.id(), 1));
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 5L, "shield", 1L));
    assertThat(user.inventory().get("potion").owned().acquiredVia()).isEqualTo(AcquiredVia.BUNDLE);
    assertThatThrownBy(() -> user.inventory().get("starter_pack")).isInstanceOf(AmbaNotFoundException.class);

    // A bundle is not owned, so it can be bought again; the durable shield it holds stays at 1 (#4).
    PurchaseResult second = user.inventory().purchase(pack.id(), "gems");
    assertThat(second.granted()).containsExactly(new GrantedItem(potion.id(), 5));
    assertThat(second.balanceAfter()).isEqualTo(100);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 10L, "shield", 1L));
  }

  @Test
  void row4_durablesAreOwnedOnce_consumablesAccumulate() {
    shop.item("sword", ItemType.DURABLE, "gems", 10);
    shop.item("potion", ItemType.CONSUMABLE, "gems", 10);
    shop.fund(user, "gems", 100);
    user.inventory().purchase("sword", "gems");
    assertThatThrownBy(() -> user.inventory().purchase("sword", "gems"))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_owned"));
    for (int i = 0; i < 3; i++) {
      user.inventory().purchase("potion", "gems");
    }
    assertThat(shop.holdings(user)).isEqualTo(Map.of("sword", 1L, "potion", 3L));
    assertThat(shop.balance(user, "gems")).isEqualTo(60);
  }

  @Test
  void row6_aPriceOf0_isAllowed_andWritesNoTransaction() {
    CatalogItem gift = shop.item("gift", ItemType.CONSUMABLE, "gems", 0);
    PurchaseResult free = user.inventory().purchase("gift", "gems");
    assertThat(free).isEqualTo(new PurchaseResult(true, "gems", 0, 0, null, java.util.List.of(new GrantedItem(gift.id(), 1))));
    assertThat(shop.ledger(user, "gems")).isEmpty();
    assertThat(shop.holdings(user)).isEqualTo(Map.of("gift", 1L));
  }

  @Test
  void row7_aPriceInACodeThatIsNoCurrency_orNotAWholeNumber_is400NoPrice() {
    CatalogItem sword = shop.item("sword", ItemType.DURABLE, "gems", 150);
    p.amba.catalog().setPrice(sword.id(), "usd", new BigDecimal("4.99"));
    p.amba.catalog().setPrice(sword.id(), "eur", new BigDecimal("5"));
    shop.currency("coins");
    CatalogItem bow = shop.item("bow", ItemType.DURABLE, "coins", 1);
    p.amba.catalog().setPrice(bow.id(), "gems", new BigDecimal("2.5"));
    shop.fund(user, "gems", 1000);
    // usd and eur are display prices: no currency of the project has those codes.
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "usd"), 400, "no_price");
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "eur"), 400, "no_price");
    shop.refused(user, "gems", () -> user.inventory().purchase("bow", "gems"), 400, "no_price");
    // A currency deleted since: its prices cannot be paid either (17.4 #8).
    p.amba.currencies().delete("coins");
    shop.fund(user, "gems", 1);
    shop.refused(user, "gems", () -> user.inventory().purchase("bow", "coins"), 400, "no_price");
  }

  @Test
  void aDeletedItem_leavesItsRowsUnseen_andANewItemWithItsKeyStartsAfresh() {
    CatalogItem potion = shop.item("potion", ItemType.CONSUMABLE, "gems", 1);
    shop.fund(user, "gems", 10);
    user.inventory().purchase("potion", "gems");
    p.amba.catalog().delete(potion.id());
    assertThat(user.inventory().list()).isEmpty();
    assertThat(p.amba.inventory().list(user.uid())).isEmpty();
    assertThatThrownBy(() -> user.inventory().get(potion.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> user.inventory().consume(potion.id(), 1)).isInstanceOf(AmbaNotFoundException.class);
    shop.item("potion", ItemType.CONSUMABLE, "gems", 1);
    user.inventory().purchase("potion", "gems");
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 1L));
  }

  @Test
  void aBadBody_is400InvalidInput_namingTheField() {
    ModuleCalls.Answer missing = p.client(user.uid(), "POST", "/inventory/purchase", "{\"currency_code\":\"gems\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("invalid_input");
    assertThat(missing.fieldPaths()).containsExactly("catalog_item_id");
    ModuleCalls.Answer badCode = p.client(user.uid(), "POST", "/inventory/purchase",
        "{\"catalog_item_id\":\"sword\",\"currency_code\":\"Gems!\",\"sku\":\"sword\"}");
    assertThat(badCode.fieldPaths()).containsExactlyInAnyOrder("currency_code", "sku");
  }
}
