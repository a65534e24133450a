package dev.amba.wire.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.ItemType;
import dev.amba.inventory.PurchaseResult;
import dev.amba.stores.NewListing;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import dev.amba.stores.StoreListing;
import dev.amba.stores.StoreUpdate;
import dev.amba.wire.catalog.CatalogFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Purchases through a store (20.4 #1 with 19.3): the store, its listing and its window come after
 * the item and before the price; the listing's override price wins; its per-user cap comes before a
 * durable already owned.
 */
class InventoryStoreWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();
  private final Shop shop = new Shop(p);
  private final AmbaUser user = p.newUser();
  private Store sale;
  private CatalogItem potion;

  @BeforeEach
  void aSaleAndAPotion() {
    shop.currency("gems");
    sale = p.amba.stores().create(NewStore.named("Weekend sale").key("weekend_sale"));
    potion = shop.item("potion", ItemType.CONSUMABLE, "gems", 50);
    shop.fund(user, "gems", 1000);
  }

  @Test
  void throughAStore_theListingsOverridePriceIsPaid_byStoreKeyOrId() {
    p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()).overridePrice("gems", 30));
    PurchaseResult byKey = user.inventory().purchase("potion", "gems", "weekend_sale");
    assertThat(byKey.price()).isEqualTo(30);
    assertThat(byKey.balanceAfter()).isEqualTo(970);
    assertThat(user.inventory().purchase(potion.id(), "gems", sale.id()).balanceAfter()).isEqualTo(940);
    // Without the store, the catalog price.
    assertThat(user.inventory().purchase("potion", "gems").price()).isEqualTo(50);
    assertThat(shop.ledger(user, "gems")).extracting(t -> t.amount()).startsWith(-50L, -30L, -30L);
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 3L));
  }

  @Test
  void aListingWithoutAnOverrideInThatCurrency_chargesTheCatalogPrice() {
    shop.currency("coins");
    p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()).overridePrice("coins", 3));
    assertThat(user.inventory().purchase("potion", "gems", "weekend_sale").price()).isEqualTo(50);
    // The override is a price in coins, though the catalog has none there.
    shop.fund(user, "coins", 5);
    assertThat(user.inventory().purchase("potion", "coins", "weekend_sale").balanceAfter()).isEqualTo(2);
  }

  @Test
  void row1_aMissingInactiveOrUnlistingStore_is404NotFound() {
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "no_such_store"), 404, "not_found");
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "123e4567-e89b-12d3-a456-426614174000"),
        404, "not_found");
    // Listed nowhere in the sale: 404 before the price is looked at.
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "not_a_currency", "weekend_sale"),
        404, "not_found");
    p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()));
    p.amba.stores().update(sale.id(), StoreUpdate.create().active(false));
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "weekend_sale"), 404, "not_found");
  }

  @Test
  void row1_theItemComesBeforeTheStore() {
    p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()));
    p.amba.catalog().update(potion.id(), CatalogItemUpdate.create().active(false));
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "no_such_store"), 404, "not_found");
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "weekend_sale"), 404, "not_found");
  }

  @Test
  void row1_outsideItsWindow_aListingIs404NotFound_onTheEmulatorsClock() {
    Instant now = fixture.clock.instant();
    p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()).overridePrice("gems", 10)
        .availableFrom(now.plus(Duration.ofDays(1))).availableUntil(now.plus(Duration.ofDays(2))));
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "weekend_sale"), 404, "not_found");
    fixture.clock.advance(Duration.ofDays(1));
    assertThat(user.inventory().purchase("potion", "gems", "weekend_sale").price()).isEqualTo(10);
    fixture.clock.advance(Duration.ofDays(1));
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "weekend_sale"), 404, "not_found");
    // The catalog price is still there without the store.
    assertThat(user.inventory().purchase("potion", "gems").price()).isEqualTo(50);
  }

  @Test
  void row1_maxPurchasesPerUser_countsThisUsersPurchasesThroughTheListing_400MaxPurchasesReached() {
    StoreListing listing = p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()).maxPurchasesPerUser(2));
    user.inventory().purchase("potion", "gems", "weekend_sale");
    user.inventory().purchase("potion", "gems", "weekend_sale");
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "weekend_sale"),
        400, "max_purchases_reached");
    // Purchases at catalog prices and in another store are not through this listing.
    user.inventory().purchase("potion", "gems");
    Store other = p.amba.stores().create(NewStore.named("Other").key("other"));
    p.amba.stores().addListing(other.id(), NewListing.of(potion.id()).maxPurchasesPerUser(1));
    user.inventory().purchase("potion", "gems", "other");
    // Another user has purchases of their own.
    AmbaUser second = p.newUser();
    shop.fund(second, "gems", 100);
    second.inventory().purchase("potion", "gems", "weekend_sale");
    assertThat(shop.holdings(user)).isEqualTo(Map.of("potion", 4L));
    assertThat(listing.maxPurchasesPerUser()).isEqualTo(2);
  }

  @Test
  void row1_theCapComesBeforeADurableAlreadyOwned_andThePriceBeforeTheCap() {
    CatalogItem sword = shop.item("sword", ItemType.DURABLE, "gems", 100);
    p.amba.stores().addListing(sale.id(), NewListing.of(sword.id()).maxPurchasesPerUser(1));
    user.inventory().purchase("sword", "gems", "weekend_sale");
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "gems", "weekend_sale"),
        400, "max_purchases_reached");
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "gems"), 409, "already_owned");
    shop.currency("coins");
    shop.refused(user, "gems", () -> user.inventory().purchase("sword", "coins", "weekend_sale"), 400, "no_price");
  }

  @Test
  void aFreeListing_isPaidWithNothing_andRecordedAgainstItsCap() {
    p.amba.stores().addListing(sale.id(), NewListing.of(potion.id()).overridePrice("gems", 0).maxPurchasesPerUser(1));
    PurchaseResult free = user.inventory().purchase("potion", "gems", "weekend_sale");
    assertThat(free.price()).isZero();
    assertThat(free.transactionId()).isNull();
    assertThat(free.balanceAfter()).isEqualTo(1000);
    shop.refused(user, "gems", () -> user.inventory().purchase("potion", "gems", "weekend_sale"),
        400, "max_purchases_reached");
    assertThat(shop.ledger(user, "gems")).hasSize(1);
  }
}
