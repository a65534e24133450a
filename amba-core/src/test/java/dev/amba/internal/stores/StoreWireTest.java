package dev.amba.internal.stores;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemType;
import dev.amba.internal.Json;
import dev.amba.stores.ListedItem;
import dev.amba.stores.Store;
import dev.amba.stores.StoreFront;
import dev.amba.stores.StoreListing;
import dev.amba.stores.StoreListingView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Store answers decode: unknown fields ignored, nested items read with 4.x core's sku and any item type. */
class StoreWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void storeFront_readsTheStoreAndItsListingsWithTheirItems() {
    StoreFront f = decode("{\"store\":{\"id\":\"s\",\"key\":null,\"name\":\"Shop\",\"description\":\"d\","
        + "\"is_active\":true,\"segment_id\":null,\"created_at\":\"2030-01-07T09:00:00.123Z\",\"updated_at\":"
        + "\"2030-01-07T09:00:00.123Z\",\"theme\":\"dark\"},\"listings\":[{\"id\":\"l\",\"store_id\":\"s\","
        + "\"catalog_item_id\":\"i\",\"override_prices\":{\"gems\":150},\"sort_order\":2,\"available_from\":"
        + "\"2030-01-07T09:00:00.123Z\",\"available_until\":null,\"max_purchases_per_user\":1,\"created_at\":"
        + "\"2030-01-07T09:00:00.123Z\",\"updated_at\":\"2030-01-07T09:00:00.123Z\",\"catalog_items\":{\"key\":\"sword\","
        + "\"name\":\"Sword\",\"icon_url\":null,\"item_type\":\"durable\",\"category\":\"weapons\",\"tags\":[\"fire\"],"
        + "\"metadata\":{\"damage\":12},\"catalog_item_prices\":[{\"currency_code\":\"gems\",\"price\":200}]}}]}",
        StoreWire.Front.class).toPublic();
    assertThat(f.store()).isEqualTo(new Store("s", null, "Shop", "d", true, null, T, T));
    StoreListingView v = f.listings().get(0);
    assertThat(v.listing()).isEqualTo(new StoreListing("l", "s", "i", Map.of("gems", 150L), 2, T, null, 1, T, T));
    assertThat(v.item()).isEqualTo(new ListedItem("sword", "Sword", null, ItemType.DURABLE, "weapons", List.of("fire"),
        Map.of("damage", 12L), List.of(new ItemPrice("gems", new BigDecimal("200")))));
    assertThat(v.price("gems")).contains(BigDecimal.valueOf(150));
  }

  @Test
  void aListingWithoutOverrides_orItem_readsAsEmpty_andSkuAndUnknownTypesAreKept() {
    StoreListingView v = decode("{\"id\":\"l\",\"store_id\":\"s\",\"catalog_item_id\":\"i\",\"override_prices\":null,"
        + "\"catalog_items\":{\"sku\":\"old\",\"item_type\":\"pass\"}}", StoreWire.Listing.class).toView();
    assertThat(v.listing().overridePrices()).isEmpty();
    assertThat(v.listing().sortOrder()).isZero();
    assertThat(v.item().key()).isEqualTo("old");
    assertThat(v.item().itemType()).isEqualTo(new ItemType("pass"));
    assertThat(v.item().tags()).isEmpty();
    assertThat(v.item().catalogPrices()).isEmpty();
    assertThat(decode("{\"id\":\"l\"}", StoreWire.Listing.class).toView().item()).isNull();
    assertThat(decode("{\"catalog_items\":{\"key\":\"k\"}}", StoreWire.Listing.class).toView().item().itemType())
        .isEqualTo(ItemType.DURABLE);
  }
}
