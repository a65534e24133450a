package dev.amba.wire.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaUser;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemUpdate;
import dev.amba.stores.NewListing;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import dev.amba.stores.StoreFront;
import dev.amba.stores.StoreListingView;
import dev.amba.stores.StoreUpdate;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client stores (19.1, 19.3): active stores only, listings inside [available_from,
 * available_until) on the emulator's clock and of active items only, by sort order, at the effective price.
 */
class StoreFrontWireTest {

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  @Test
  void list_isTheActiveStoresByName() {
    p.amba.stores().create(NewStore.named("Zoo"));
    Store closed = p.amba.stores().create(NewStore.named("Closed"));
    p.amba.stores().create(NewStore.named("Ark").key("ark"));
    p.amba.stores().update(closed.id(), StoreUpdate.create().active(false));
    AmbaUser user = p.newUser();
    assertThat(user.stores().list()).extracting(Store::name).containsExactly("Ark", "Zoo");
    p.amba.stores().update(closed.id(), StoreUpdate.create().active(true));
    assertThat(user.stores().list()).extracting(Store::name).containsExactly("Ark", "Closed", "Zoo");
  }

  @Test
  void get_byKeyOrId_isTheStoreWithItsListingsBySortOrder() throws Exception {
    Store shop = p.amba.stores().create(NewStore.named("Shop").key("shop"));
    CatalogItem sword = p.item("sword");
    CatalogItem bow = p.item("bow");
    p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()).sortOrder(2));
    p.amba.stores().addListing(shop.id(), NewListing.of(bow.id()).sortOrder(1));
    AmbaUser user = p.newUser();
    StoreFront front = user.stores().get("shop");
    assertThat(front).isEqualTo(user.stores().get(shop.id()));
    assertThat(front.store()).isEqualTo(shop);
    assertThat(front.listings()).extracting(v -> v.item().key()).containsExactly("bow", "sword");
    ModuleCalls.Answer raw = p.client(user.uid(), "GET", "/stores/shop", null);
    assertThat(raw.data().keySet()).containsExactly("store", "listings");
  }

  @Test
  void aMissingOrInactiveStore_is404NotFound_anotherProjectsToo() {
    Store closed = p.amba.stores().create(NewStore.named("Closed").key("closed"));
    p.amba.stores().update(closed.id(), StoreUpdate.create().active(false));
    AmbaUser user = p.newUser();
    for (String idOrKey : List.of("closed", closed.id(), "nothing", "00000000-0000-0000-0000-000000000000")) {
      assertThatThrownBy(() -> user.stores().get(idOrKey))
          .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    }
    try (CatalogFixture.Project other = fixture.new Project()) {
      Store theirs = other.amba.stores().create(NewStore.named("Theirs").key("theirs"));
      assertThatThrownBy(() -> user.stores().get(theirs.id())).isInstanceOf(AmbaNotFoundException.class);
      assertThatThrownBy(() -> user.stores().get("theirs")).isInstanceOf(AmbaNotFoundException.class);
      assertThat(user.stores().list()).isEmpty();
    }
  }

  @Test
  void aListingShowsFromItsStart_untilJustBeforeItsEnd_onTheEmulatorsClock() {
    Store shop = p.amba.stores().create(NewStore.named("Sale").key("sale"));
    CatalogItem sword = p.item("sword");
    CatalogItem always = p.item("always");
    Instant from = fixture.clock.instant().plus(Duration.ofHours(1));
    Instant until = from.plus(Duration.ofHours(2));
    p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()).availableFrom(from).availableUntil(until));
    p.amba.stores().addListing(shop.id(), NewListing.of(always.id()).sortOrder(1));
    AmbaUser user = p.newUser();

    assertThat(keys(user)).containsExactly("always");
    fixture.clock.advance(Duration.between(fixture.clock.instant(), from).minusMillis(1));
    assertThat(keys(user)).containsExactly("always");
    fixture.clock.advance(Duration.ofMillis(1));
    assertThat(keys(user)).containsExactly("sword", "always");
    fixture.clock.advance(Duration.between(fixture.clock.instant(), until).minusMillis(1));
    assertThat(keys(user)).containsExactly("sword", "always");
    fixture.clock.advance(Duration.ofMillis(1));
    assertThat(keys(user)).containsExactly("always");
    // Admins see every listing, whatever the time.
    assertThat(p.amba.stores().listings(shop.id())).hasSize(2);
  }

  @Test
  void listingsOfInactiveItems_areLeftOut_untilTheyAreBackOnSale_andThoseOfDeletedItemsForGood() {
    Store shop = p.amba.stores().create(NewStore.named("Shop").key("shop"));
    CatalogItem sword = p.item("sword");
    CatalogItem bow = p.item("bow");
    p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()));
    p.amba.stores().addListing(shop.id(), NewListing.of(bow.id()));
    AmbaUser user = p.newUser();
    p.amba.catalog().update(sword.id(), CatalogItemUpdate.create().active(false));
    assertThat(keys(user)).containsExactly("bow");
    p.amba.catalog().update(sword.id(), CatalogItemUpdate.create().active(true));
    assertThat(keys(user)).containsExactly("sword", "bow");
    p.amba.catalog().delete(bow.id());
    assertThat(keys(user)).containsExactly("sword");
    assertThat(p.amba.stores().listings(shop.id())).extracting(v -> v.item().key()).containsExactly("sword");
  }

  @Test
  void theEffectivePrice_isTheOverrideWhereTheListingHasOne_elseTheCatalogPrice() {
    Store shop = p.amba.stores().create(NewStore.named("Shop").key("shop"));
    CatalogItem sword = p.item("sword");
    p.amba.catalog().setPrice(sword.id(), "gems", new BigDecimal("200"));
    p.amba.catalog().setPrice(sword.id(), "coins", new BigDecimal("5000"));
    p.amba.stores().addListing(shop.id(), NewListing.of(sword.id()).overridePrice("gems", 150)
        .overridePrice("tokens", 3));
    StoreListingView seen = p.newUser().stores().get("shop").listings().get(0);
    assertThat(seen.price("gems")).contains(BigDecimal.valueOf(150));
    assertThat(seen.price("coins")).contains(new BigDecimal("5000"));
    assertThat(seen.price("tokens")).contains(BigDecimal.valueOf(3));
    assertThat(seen.price("usd")).isEmpty();
  }

  /** The keys of the items the user sees listed in the project's one store. */
  private static List<String> keys(AmbaUser user) {
    return user.stores().get(user.stores().list().get(0).id()).listings().stream().map(v -> v.item().key()).toList();
  }
}
