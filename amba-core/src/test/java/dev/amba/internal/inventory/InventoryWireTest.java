package dev.amba.internal.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.catalog.ItemType;
import dev.amba.internal.Json;
import dev.amba.inventory.AcquiredVia;
import dev.amba.inventory.GrantedItem;
import dev.amba.inventory.InventoryItemView;
import dev.amba.inventory.OwnedItem;
import dev.amba.inventory.PurchaseResult;
import dev.amba.inventory.UserInventoryItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inventory answers decode: unknown fields ignored, 4.x core's names read where the protocol's are absent. */
class InventoryWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void aListedRow_readsTheRowAndItsItem() {
    InventoryItemView v = decode("{\"id\":\"r\",\"app_user_id\":\"u\",\"catalog_item_id\":\"i\",\"quantity\":3,"
        + "\"instance_data\":{\"level\":2},\"acquired_at\":\"2030-01-07T09:00:00.123Z\",\"acquired_via\":\"bundle\","
        + "\"catalog_items\":{\"key\":\"potion\",\"name\":\"Potion\",\"icon_url\":\"https://x/p.png\","
        + "\"item_type\":\"consumable\",\"category\":\"heal\"},\"glow\":true}", InventoryWire.Item.class).toView();
    assertThat(v.owned()).isEqualTo(new UserInventoryItem("r", "u", "i", 3, Map.of("level", 2L), T, AcquiredVia.BUNDLE));
    assertThat(v.item()).isEqualTo(new OwnedItem("potion", "Potion", "https://x/p.png", ItemType.CONSUMABLE, "heal"));
    assertThat(v.quantity()).isEqualTo(3);
    assertThat(v.catalogItemId()).isEqualTo("i");
  }

  @Test
  void theCoresOlderNames_andUnknownValues_areRead() {
    InventoryItemView core = decode("{\"id\":\"r\",\"catalog_item_id\":\"i\",\"sku\":\"potion\",\"quantity\":1,"
        + "\"acquired_at\":\"2030-01-07T09:00:00.123Z\",\"metadata\":{\"a\":\"b\"}}", InventoryWire.Item.class).toView();
    assertThat(core.owned().instanceData()).isEqualTo(Map.of("a", "b"));
    assertThat(core.owned().acquiredVia()).isNull();
    assertThat(core.item()).isEqualTo(new OwnedItem("potion", null, null, null, null));
    InventoryItemView later = decode("{\"id\":\"r\",\"acquired_via\":\"season_pass\",\"catalog_items\":{\"sku\":\"old\","
        + "\"item_type\":\"pass\"}}", InventoryWire.Item.class).toView();
    assertThat(later.owned().acquiredVia()).isEqualTo(new AcquiredVia("season_pass"));
    assertThat(later.owned().quantity()).isZero();
    assertThat(later.owned().instanceData()).isEmpty();
    assertThat(later.item().key()).isEqualTo("old");
    assertThat(later.item().itemType()).isEqualTo(new ItemType("pass"));
    assertThat(decode("{\"id\":\"r\"}", InventoryWire.Item.class).toView().item()).isNull();
    assertThat(decode("{\"catalog_items\":{\"key\":\"k\"}}", InventoryWire.Item.class).toView().item().itemType())
        .isEqualTo(ItemType.DURABLE);
  }

  @Test
  void aPurchaseResult_readsWhatWasPaidAndGranted() {
    PurchaseResult r = decode("{\"purchased\":true,\"currency_code\":\"gems\",\"price\":150,\"balance_after\":250,"
        + "\"transaction_id\":\"t\",\"granted\":[{\"catalog_item_id\":\"a\",\"quantity\":5},{\"catalog_item_id\":\"b\","
        + "\"quantity\":1}]}", InventoryWire.Purchase.class).toPublic();
    assertThat(r).isEqualTo(new PurchaseResult(true, "gems", 150, 250, "t",
        List.of(new GrantedItem("a", 5), new GrantedItem("b", 1))));
    // The older answer has the first four fields only.
    PurchaseResult older = decode("{\"purchased\":true,\"currency_code\":\"gems\",\"price\":0,\"balance_after\":9}",
        InventoryWire.Purchase.class).toPublic();
    assertThat(older).isEqualTo(new PurchaseResult(true, "gems", 0, 9, null, List.of()));
  }
}
