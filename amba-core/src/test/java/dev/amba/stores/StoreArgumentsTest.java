package dev.amba.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemType;
import dev.amba.internal.WireForms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Store and listing arguments are checked before anything is sent, and the bodies are the documented ones (19.2). */
class StoreArgumentsTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00Z");
  private AmbaClient amba;

  @BeforeEach
  void client() {
    amba = AmbaClient.configure(AmbaConfig.builder().projectId("p").clientKey("amb_dev_ck_x1234567")
        .serverKey("amb_dev_sk_x1234567").apiUrl("http://127.0.0.1:1").build());
  }

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void newStore_buildsTheDocumentedBody_andChecksKeyNameAndSegment() {
    String segment = "123e4567-e89b-12d3-a456-426614174000";
    assertThat(WireForms.of(NewStore.named("Gem shop").key("gem_shop").description("gems").segmentId(segment)))
        .containsExactly(Map.entry("name", "Gem shop"), Map.entry("key", "gem_shop"), Map.entry("description", "gems"),
            Map.entry("segment_id", segment));
    assertThat(WireForms.of(NewStore.named("S"))).containsOnlyKeys("name");
    assertThatThrownBy(() -> NewStore.named(" ")).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewStore.named("n".repeat(129))).hasMessageStartingWith("name ");
    assertThatThrownBy(() -> NewStore.named("S").key("Gem Shop")).hasMessageStartingWith("key ");
    assertThatThrownBy(() -> NewStore.named("S").segmentId("vip")).hasMessageStartingWith("segmentId ");
    assertThatThrownBy(() -> NewStore.named("S").description("d".repeat(1025))).hasMessageStartingWith("description ");
  }

  @Test
  void storeUpdate_sendsWhatIsSet_clearsAsNull_andEmptyIsRefused() {
    Map<String, Object> body = WireForms.of(StoreUpdate.create().name("N").active(false).clearDescription()
        .clearSegment());
    assertThat(body.keySet()).containsExactly("name", "is_active", "description", "segment_id");
    assertThat(body).containsEntry("name", "N").containsEntry("is_active", false).containsEntry("description", null)
        .containsEntry("segment_id", null);
    assertThatThrownBy(() -> amba.stores().update("s", StoreUpdate.create())).hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.stores().update(" ", StoreUpdate.create().name("N")))
        .hasMessageStartingWith("storeId ");
    assertThatThrownBy(() -> amba.stores().update("s", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("update");
  }

  @Test
  void newListing_buildsTheDocumentedBody() {
    NewListing l = NewListing.of("item-1").overridePrice("gems", 200).overridePrice("coins", 0).sortOrder(3)
        .availableFrom(T).availableUntil(T.plusSeconds(60)).maxPurchasesPerUser(1);
    assertThat(WireForms.of(l)).containsExactly(Map.entry("catalog_item_id", "item-1"),
        Map.entry("override_prices", Map.of("coins", 0L, "gems", 200L)), Map.entry("sort_order", 3),
        Map.entry("available_from", "2030-01-07T09:00:00Z"), Map.entry("available_until", "2030-01-07T09:01:00Z"),
        Map.entry("max_purchases_per_user", 1));
    assertThat(WireForms.of(NewListing.of("i").overridePrice("gems", 5).overridePrices(Map.of("coins", 7L))))
        .containsEntry("override_prices", Map.of("coins", 7L));
    assertThat(WireForms.of(NewListing.of("i"))).containsOnlyKeys("catalog_item_id");
  }

  @Test
  void listingSettings_refuseValuesOutsideTheirRules_namingTheArgument() {
    NewListing l = NewListing.of("i");
    assertThatThrownBy(() -> NewListing.of(" ")).hasMessageStartingWith("catalogItemId ");
    assertThatThrownBy(() -> l.overridePrice("GEMS", 1)).hasMessageStartingWith("currencyCode ");
    assertThatThrownBy(() -> l.overridePrice("gems", -1)).hasMessageContaining("override price in gems");
    Map<String, Long> withNull = new HashMap<>();
    withNull.put("gems", null);
    assertThatThrownBy(() -> l.overridePrices(withNull)).isInstanceOf(NullPointerException.class);
    Map<String, Long> many = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      many.put("c" + i, 1L);
    }
    assertThatThrownBy(() -> l.overridePrices(many)).hasMessageContaining("at most 50");
    assertThatThrownBy(() -> l.sortOrder(-1)).hasMessageStartingWith("sortOrder ");
    assertThat(WireForms.of(l.sortOrder(0))).containsEntry("sort_order", 0);
    assertThatThrownBy(() -> l.maxPurchasesPerUser(0)).hasMessageStartingWith("maxPurchasesPerUser ");
    // The window ends after it starts, whichever is set first.
    assertThatThrownBy(() -> l.availableFrom(T).availableUntil(T)).hasMessageStartingWith("availableUntil ");
    assertThatThrownBy(() -> l.availableUntil(T).availableFrom(T.plusSeconds(1))).hasMessageStartingWith("availableUntil ");
    assertThat(WireForms.of(l.availableUntil(T).availableFrom(T.minusMillis(1)))).containsKeys("available_from");
  }

  @Test
  void listingUpdate_clearsAsNull_replacesTheOverrides_andEmptyIsRefused() {
    ListingUpdate u = ListingUpdate.create().catalogItemId("other").clearOverridePrices().clearAvailableFrom()
        .clearAvailableUntil().clearMaxPurchasesPerUser();
    Map<String, Object> body = WireForms.of(u);
    assertThat(body.keySet()).containsExactly("catalog_item_id", "override_prices", "available_from", "available_until",
        "max_purchases_per_user");
    assertThat(body).containsEntry("catalog_item_id", "other").containsEntry("override_prices", null)
        .containsEntry("available_until", null).containsEntry("max_purchases_per_user", null);
    // A cleared start no longer holds back a new end.
    assertThat(WireForms.of(ListingUpdate.create().availableFrom(T).clearAvailableFrom().availableUntil(T)))
        .containsEntry("available_until", "2030-01-07T09:00:00Z");
    assertThatThrownBy(() -> amba.stores().updateListing("s", "l", ListingUpdate.create()))
        .hasMessageStartingWith("update:");
    assertThatThrownBy(() -> amba.stores().updateListing("s", " ", ListingUpdate.create().sortOrder(1)))
        .hasMessageStartingWith("listingId ");
    assertThatThrownBy(() -> amba.stores().deleteListing("", "l")).hasMessageStartingWith("storeId ");
    assertThatThrownBy(() -> amba.stores().listings(null)).hasMessageStartingWith("storeId ");
    assertThatThrownBy(() -> amba.stores().addListing("s", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> amba.asUser("u1").stores().get("..")).hasMessageStartingWith("idOrKey ");
  }

  @Test
  void effectivePrice_isTheOverrideWhereSet_elseTheCatalogPrice() {
    StoreListing listing = new StoreListing("l", "s", "i", Map.of("gems", 150L), 0, null, null, null, null, null);
    ListedItem item = new ListedItem("k", "N", null, ItemType.DURABLE, null, null, null,
        List.of(new ItemPrice("gems", new BigDecimal("200")), new ItemPrice("usd", new BigDecimal("4.99"))));
    StoreListingView view = new StoreListingView(listing, item);
    assertThat(view.price("gems")).contains(BigDecimal.valueOf(150));
    assertThat(view.price("usd")).contains(new BigDecimal("4.99"));
    assertThat(view.price("coins")).isEmpty();
    assertThat(new StoreListingView(new StoreListing("l", "s", "i", null, 0, null, null, null, null, null), null)
        .price("gems")).isEmpty();
  }
}
