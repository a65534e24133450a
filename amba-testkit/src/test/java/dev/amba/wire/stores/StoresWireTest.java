package dev.amba.wire.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.catalog.CatalogItem;
import dev.amba.stores.ListingUpdate;
import dev.amba.stores.NewListing;
import dev.amba.stores.NewStore;
import dev.amba.stores.Store;
import dev.amba.stores.StoreUpdate;
import dev.amba.wire.ModuleCalls;
import dev.amba.wire.catalog.CatalogFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store routes of 19.2 over the wire: optional keys, 409 store_exists, order by name, segments, the delete cascade. */
class StoresWireTest {

  private static final String SEGMENT = "123e4567-e89b-12d3-a456-426614174000";

  @RegisterExtension
  static final CatalogFixture fixture = new CatalogFixture();
  @RegisterExtension
  final CatalogFixture.Project p = fixture.new Project();

  @Test
  void create_answersTheStore_activeForEveryone_withoutAKeyUnlessGiven() {
    Instant now = fixture.clock.instant();
    Store plain = p.amba.stores().create(NewStore.named("Gem shop"));
    assertThat(plain).isEqualTo(new Store(plain.id(), null, "Gem shop", null, true, null, now, now));
    Store keyed = p.amba.stores().create(NewStore.named("Sale").key("weekend_sale").description("48 hours"));
    assertThat(keyed).extracting(Store::key, Store::description).containsExactly("weekend_sale", "48 hours");
    // Stores without a key never clash with each other.
    assertThat(p.amba.stores().create(NewStore.named("Gem shop")).id()).isNotEqualTo(plain.id());
  }

  @Test
  void aTakenKey_is409StoreExists_butOnlyWithinTheProject() {
    p.amba.stores().create(NewStore.named("A").key("main"));
    assertThatThrownBy(() -> p.amba.stores().create(NewStore.named("B").key("main")))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("store_exists"));
    try (CatalogFixture.Project other = fixture.new Project()) {
      assertThat(other.amba.stores().create(NewStore.named("B").key("main")).key()).isEqualTo("main");
    }
    assertThat(p.amba.stores().list()).hasSize(1);
  }

  @Test
  void list_isEveryStoreByName_activeOrNot() {
    Store zoo = p.amba.stores().create(NewStore.named("Zoo"));
    Store ark = p.amba.stores().create(NewStore.named("Ark"));
    p.amba.stores().update(ark.id(), StoreUpdate.create().active(false));
    assertThat(p.amba.stores().list()).extracting(Store::name, Store::isActive)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ark", false), org.assertj.core.groups.Tuple.tuple("Zoo",
            true));
    assertThat(p.amba.stores().list().get(1).id()).isEqualTo(zoo.id());
  }

  @Test
  void update_changesWhatIsSet_keepsTheKey_andTakesIdsOnly() throws Exception {
    Store store = p.amba.stores().create(NewStore.named("Shop").key("shop").description("d"));
    fixture.clock.advance(Duration.ofSeconds(30));
    Store changed = p.amba.stores().update(store.id(), StoreUpdate.create().name("Big shop").clearDescription()
        .active(false));
    assertThat(changed).isEqualTo(new Store(store.id(), "shop", "Big shop", null, false, null, store.createdAt(),
        fixture.clock.instant()));
    ModuleCalls.Answer key = p.admin("PATCH", "/stores/" + store.id(), "{\"key\":\"other\"}");
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.code()).isEqualTo("immutable_field");
    assertThatThrownBy(() -> p.amba.stores().update("shop", StoreUpdate.create().name("x")))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> p.amba.stores().delete("00000000-0000-0000-0000-000000000000"))
        .isInstanceOf(AmbaNotFoundException.class);
  }

  @Test
  void aSegment_is404SegmentNotFound_sinceTheEmulatorHasNone_andClearingOneIsFine() throws Exception {
    assertThatThrownBy(() -> p.amba.stores().create(NewStore.named("VIP").segmentId(SEGMENT)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("segment_not_found"));
    assertThat(p.amba.stores().list()).isEmpty();
    Store store = p.amba.stores().create(NewStore.named("Open"));
    assertThatThrownBy(() -> p.amba.stores().update(store.id(), StoreUpdate.create().segmentId(SEGMENT)))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("segment_not_found"));
    assertThat(p.amba.stores().update(store.id(), StoreUpdate.create().clearSegment()).segmentId()).isNull();
    ModuleCalls.Answer notAUuid = p.admin("POST", "/stores", "{\"name\":\"N\",\"segment_id\":\"vip\"}");
    assertThat(notAUuid.status()).isEqualTo(400);
    assertThat(notAUuid.fieldPaths()).containsExactly("segment_id");
  }

  @Test
  void delete_answersTheMarker_andTakesTheListingsWithIt() throws Exception {
    Store store = p.amba.stores().create(NewStore.named("Closing"));
    CatalogItem sword = p.item("sword");
    String listingId = p.amba.stores().addListing(store.id(), NewListing.of(sword.id())).id();

    ModuleCalls.Answer deleted = p.admin("DELETE", "/stores/" + store.id(), null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().getString("id")).isEqualTo(store.id());
    assertThat(deleted.data().getBoolean("deleted")).isTrue();
    assertThatThrownBy(() -> p.amba.stores().listings(store.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba.stores().updateListing(store.id(), listingId, ListingUpdate.create().sortOrder(1)))
        .isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> p.amba.stores().delete(store.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(p.amba.stores().list()).isEmpty();
    // The item itself stays, and another store lists it.
    Store next = p.amba.stores().create(NewStore.named("Next"));
    assertThat(p.amba.stores().addListing(next.id(), NewListing.of(sword.id())).catalogItemId()).isEqualTo(sword.id());
  }
}
