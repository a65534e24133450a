package dev.amba.wire.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaBadRequestException;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemType;
import dev.amba.catalog.NewCatalogItem;
import dev.amba.stores.ListedItem;
import dev.amba.stores.ListingUpdate;
import dev.amba.stores.NewListing;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import dev.amba.stores.StoreListing;
import dev.amba.stores.StoreListingView;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listings (19.2): one per item and store, by sort order, their checks, and their changes. */
class StoreListingsWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  private Store store(String name) {
    return p.amba.stores().create(NewStore.named(name));
  }

  @Test
  void addListing_answers201WithTheListing_andItsDefaults() throws Exception {
    Store shop = store("Shop");
    CatalogItem sword = p.item("sword");
    Instant now = fixture.clock.instant();
    StoreListing listing = p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()));
    assertThat(listing).isEqualTo(new StoreListing(listing.id(), shop.id(), sword.id(), Map.of(), 0, null, null, null,
        now, now));
    CatalogItem bow = p.item("bow");
    ModuleCalls.Answer raw = p.admin("POST", "/stores/" + shop.id() + "/listings", "{\"catalog_item_id\":\""
        + bow.id() + "\",\"override_prices\":{\"gems\":150},\"sort_order\":2,\"available_from\":"
        + "\"2030-01-08T00:00:00Z\",\"available_until\":\"2030-01-09T00:00:00Z\",\"max_purchases_per_user\":1}");
    assertThat(raw.status()).isEqualTo(201);
    assertThat(raw.data().getJsonObject("override_prices").getInt("gems")).isEqualTo(150);
    assertThat(raw.data().getString("available_from")).isEqualTo("2030-01-08T00:00:00.000Z");
    assertThat(raw.data().getInt("max_purchases_per_user")).isEqualTo(1);
    assertThat(p.admin("GET", "/stores/" + shop.id() + "/listings", null).json().getJsonArray("data")
        .getJsonObject(0).isNull("override_prices")).isTrue();
  }

  @Test
  void aStoreListsAnItemOnce_409AlreadyListed_whileAnotherStoreMayListItToo() {
    Store shop = store("Shop");
    CatalogItem sword = p.item("sword");
    p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()));
    assertThatThrownBy(() -> p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()).sortOrder(9)))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_listed"));
    assertThat(p.amba.stores().addListing(store("Other").id(), NewListing.of(sword.id())).catalogItemId())
        .isEqualTo(sword.id());
    assertThat(p.amba.stores().listings(shop.id())).hasSize(1);
  }

  @Test
  void listings_goBySortOrderThenAsListed_withTheirItems_inactiveAndOutOfWindowOnesIncluded() {
    Store shop = store("Shop");
    CatalogItem sword = p.amba.catalog().create(NewCatalogItem.of("sword", "Sword").iconUrl("https://x/s.png")
        .category("weapons").tags("fire").metadata(Map.of("damage", 12)));
    p.amba.catalog().setPrice(sword.id(), "gems", new BigDecimal("200"));
    p.amba.catalog().setPrice(sword.id(), "usd", new BigDecimal("4.99"));
    CatalogItem potion = p.item("potion", ItemType.CONSUMABLE);
    CatalogItem shield = p.item("shield");
    p.amba.stores().addListing(shop.id(), NewListing.of(potion.id()).sortOrder(5));
    p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()).sortOrder(1).overridePrice("gems", 150));
    p.amba.stores().addListing(shop.id(), NewListing.of(shield.id()).sortOrder(5)
        .availableFrom(fixture.clock.instant().plus(Duration.ofDays(30))));
    p.amba.catalog().update(potion.id(), CatalogItemUpdate.create().active(false));

    List<StoreListingView> all = p.amba.stores().listings(shop.id());

    assertThat(all).extracting(v -> v.item().key()).containsExactly("sword", "potion", "shield");
    StoreListingView first = all.get(0);
    assertThat(first.item()).isEqualTo(new ListedItem("sword", "Sword", "https://x/s.png", ItemType.DURABLE, "weapons",
        List.of("fire"), Map.of("damage", 12L), List.of(new ItemPrice("gems", new BigDecimal("200")),
            new ItemPrice("usd", new BigDecimal("4.99")))));
    assertThat(first.price("gems")).contains(BigDecimal.valueOf(150));
    assertThat(first.price("usd")).contains(new BigDecimal("4.99"));
    assertThat(all.get(1).item().itemType()).isEqualTo(ItemType.CONSUMABLE);
  }

  @Test
  void anUnknownStoreOrItem_is404_anotherProjectsToo() {
    Store shop = store("Shop");
    assertThatThrownBy(() -> p.amba.stores().addListing(shop.id(), NewListing.of("00000000-0000-0000-0000-000000000000")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    CatalogItem sword = p.item("sword");
    assertThatThrownBy(() -> p.amba.stores().addListing("00000000-0000-0000-0000-000000000000",
        NewListing.of(sword.id()))).isInstanceOf(AmbaNotFoundException.class);
    try (CatalogFixture.Project other = fixture.new Project()) {
      CatalogItem theirs = other.item("theirs");
      assertThatThrownBy(() -> p.amba.stores().addListing(shop.id(), NewListing.of(theirs.id())))
          .isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> other.amba.stores().listings(shop.id())).isInstanceOf(AmbaNotFoundException.class);
    }
    assertThat(p.amba.stores().listings(shop.id())).isEmpty();
  }

  @Test
  void theEmulatorRefusesBadListings_namingTheField() throws Exception {
    Store shop = store("Shop");
    CatalogItem sword = p.item("sword");
    String path = "/stores/" + shop.id() + "/listings";
    String item = "{\"catalog_item_id\":\"" + sword.id() + "\",";
    assertThat(p.admin("POST", path, item + "\"override_prices\":{\"GEMS\":1,\"coins\":-1,\"usd\":4.99,"
        + "\"gold\":\"5\",\"ok\":10}}").fieldPaths())
        .containsExactlyInAnyOrder("override_prices.GEMS", "override_prices.coins", "override_prices.usd",
            "override_prices.gold");
    assertThat(p.admin("POST", path, item + "\"override_prices\":[1]}").fieldPaths()).containsExactly("override_prices");
    assertThat(p.admin("POST", path, item + "\"available_from\":\"2030-02-01T00:00:00Z\",\"available_until\":"
        + "\"2030-02-01T00:00:00Z\"}").fieldPaths()).containsExactly("available_until");
    assertThat(p.admin("POST", path, item + "\"sort_order\":-1,\"max_purchases_per_user\":0}").fieldPaths())
        .containsExactlyInAnyOrder("sort_order", "max_purchases_per_user");
    assertThat(p.admin("POST", path, "{\"catalog_item_id\":\"sword\"}").fieldPaths()).containsExactly("catalog_item_id");
    ModuleCalls.Answer whole = p.admin("POST", path, item + "\"override_prices\":{\"gems\":10.0}}");
    assertThat(whole.status()).isEqualTo(201);
    assertThat(p.amba.stores().listings(shop.id())).singleElement()
        .satisfies(v -> assertThat(v.listing().overridePrices()).isEqualTo(Map.of("gems", 10L)));
  }

  @Test
  void updateListing_changesWhatIsSet_checksTheWindowAsItWillBe_andClears() throws Exception {
    Store shop = store("Shop");
    CatalogItem sword = p.item("sword");
    Instant from = fixture.clock.instant().plus(Duration.ofDays(1));
    StoreListing listing = p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()).availableFrom(from)
        .overridePrice("gems", 5).maxPurchasesPerUser(2));
    fixture.clock.advance(Duration.ofSeconds(10));
    StoreListing moved = p.amba.stores().updateListing(shop.id(), listing.id(), ListingUpdate.create().sortOrder(7)
        .availableUntil(from.plus(Duration.ofDays(2))).overridePrice("coins", 100));
    assertThat(moved).isEqualTo(new StoreListing(listing.id(), shop.id(), sword.id(), Map.of("coins", 100L), 7, from,
        from.plus(Duration.ofDays(2)), 2, listing.createdAt(), fixture.clock.instant()));
    // An end before the stored start is refused though the update names only the end.
    assertThatThrownBy(() -> p.amba.stores().updateListing(shop.id(), listing.id(),
        ListingUpdate.create().availableUntil(from.minusSeconds(1))))
        .isInstanceOfSatisfying(AmbaBadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_input"));
    StoreListing cleared = p.amba.stores().updateListing(shop.id(), listing.id(), ListingUpdate.create()
        .clearAvailableFrom().clearAvailableUntil().clearOverridePrices().clearMaxPurchasesPerUser());
    assertThat(cleared).extracting(StoreListing::availableFrom, StoreListing::availableUntil,
        StoreListing::maxPurchasesPerUser, StoreListing::overridePrices).containsExactly(null, null, null, Map.of());
    ModuleCalls.Answer empty = p.admin("PATCH", "/stores/" + shop.id() + "/listings/" + listing.id(), "{}");
    assertThat(empty.status()).isEqualTo(400);
  }

  @Test
  void updateListing_toAnotherItem_isRefusedWhenTheStoreListsItOrItIsUnknown() {
    Store shop = store("Shop");
    CatalogItem sword = p.item("sword");
    CatalogItem bow = p.item("bow");
    CatalogItem axe = p.item("axe");
    StoreListing swordListing = p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()));
    p.amba.stores().addListing(shop.id(), NewListing.of(bow.id()));
    assertThatThrownBy(() -> p.amba.stores().updateListing(shop.id(), swordListing.id(),
        ListingUpdate.create().catalogItemId(bow.id())))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("already_listed"));
    assertThatThrownBy(() -> p.amba.stores().updateListing(shop.id(), swordListing.id(),
        ListingUpdate.create().catalogItemId("00000000-0000-0000-0000-000000000000")))
        .isInstanceOf(AmbaNotFoundException.class);
    assertThat(p.amba.stores().updateListing(shop.id(), swordListing.id(), ListingUpdate.create()
        .catalogItemId(axe.id())).catalogItemId()).isEqualTo(axe.id());
    assertThat(p.amba.stores().listings(shop.id())).extracting(v -> v.item().key()).containsExactly("axe", "bow");
  }

  @Test
  void aListingIsReachedOnlyThroughItsOwnStore() throws Exception {
    Store shop = store("Shop");
    Store other = store("Other");
    CatalogItem sword = p.item("sword");
    StoreListing listing = p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()));
    assertThatThrownBy(() -> p.amba.stores().updateListing(other.id(), listing.id(), ListingUpdate.create().sortOrder(1)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba.stores().deleteListing(other.id(), listing.id()))
        .isInstanceOf(AmbaNotFoundException.class);

    ModuleCalls.Answer deleted = p.admin("DELETE", "/stores/" + shop.id() + "/listings/" + listing.id(), null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().getString("id")).isEqualTo(listing.id());
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    assertThat(p.amba.stores().listings(shop.id())).isEmpty();
    assertThatThrownBy(() -> p.amba.stores().deleteListing(shop.id(), listing.id()))
        .isInstanceOf(AmbaNotFoundException.class);
  }
}
