package dev.amba.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.catalog.BundleContent;
import dev.amba.catalog.BundleEntry;
import dev.amba.catalog.CatalogItem;
import dev.amba.catalog.CatalogItemDetail;
import dev.amba.catalog.CatalogItemPrice;
import dev.amba.catalog.ItemPrice;
import dev.amba.catalog.ItemSummary;
import dev.amba.catalog.ItemType;
import dev.amba.internal.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalog answers decode: unknown fields ignored, unknown item types kept, 4.x core's sku read as the key. */
class CatalogWireTest {

  private static final Instant T = Instant.parse("2030-01-07T09:00:00.123Z");

  private static <T> T decode(String json, Class<T> type) {
    return Json.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void detail_readsTheItem_itsPrices_andItsBundleContents_exactly() {
    CatalogItemDetail d = decode("{\"id\":\"i1\",\"key\":\"starter\",\"name\":\"Starter\",\"description\":null,"
        + "\"icon_url\":\"https://x/s.png\",\"category\":\"packs\",\"tags\":[\"new\"],\"item_type\":\"bundle\","
        + "\"metadata\":{\"n\":1,\"d\":2.50,\"big\":123456789012345678901234567890,\"l\":[true,null],\"m\":{\"s\":\"x\"}},"
        + "\"is_active\":false,\"created_at\":\"2030-01-07T09:00:00.123Z\",\"updated_at\":\"2030-01-07T09:00:00.123Z\","
        + "\"catalog_item_prices\":[{\"currency_code\":\"gems\",\"price\":400},{\"currency_code\":\"usd\",\"price\":4.99}],"
        + "\"bundle_contents\":[{\"content_item_id\":\"c1\",\"quantity\":5,\"catalog_items\":{\"key\":\"potion\","
        + "\"name\":\"Potion\",\"icon_url\":null,\"rarity\":\"x\"}}],\"future\":{\"x\":1}}",
        CatalogWire.Item.class).toDetail();
    assertThat(d.item()).extracting(CatalogItem::id, CatalogItem::key, CatalogItem::name, CatalogItem::description,
        CatalogItem::iconUrl, CatalogItem::category, CatalogItem::tags, CatalogItem::itemType, CatalogItem::isActive,
        CatalogItem::createdAt)
        .containsExactly("i1", "starter", "Starter", null, "https://x/s.png", "packs", List.of("new"), ItemType.BUNDLE,
            false, T);
    assertThat(d.item().metadata()).containsEntry("n", 1L).containsEntry("d", new BigDecimal("2.50"))
        .containsEntry("big", new BigInteger("123456789012345678901234567890"))
        .containsEntry("m", Map.of("s", "x"));
    assertThat(d.item().metadata().get("l")).isEqualTo(java.util.Arrays.asList(true, null));
    assertThat(d.prices()).containsExactly(new ItemPrice("gems", new BigDecimal("400")),
        new ItemPrice("usd", new BigDecimal("4.99")));
    assertThat(d.price("usd")).contains(new BigDecimal("4.99"));
    assertThat(d.bundleContents()).containsExactly(new BundleEntry("c1", 5, new ItemSummary("potion", "Potion", null)));
  }

  @Test
  void anUnknownItemType_isKept_andAMissingOneReadsAsDurable() {
    assertThat(decode("{\"id\":\"i\",\"key\":\"k\",\"name\":\"N\",\"item_type\":\"subscription\"}",
        CatalogWire.Item.class).toItem().itemType()).isEqualTo(new ItemType("subscription"));
    CatalogItem bare = decode("{\"id\":\"i\",\"key\":\"k\",\"name\":\"N\"}", CatalogWire.Item.class).toItem();
    assertThat(bare.itemType()).isEqualTo(ItemType.DURABLE);
    assertThat(bare.tags()).isEmpty();
    assertThat(bare.metadata()).isEmpty();
    assertThat(bare.isActive()).isTrue();
    assertThat(decode("{\"id\":\"i\",\"key\":\"k\"}", CatalogWire.Item.class).toDetail().bundleContents()).isEmpty();
  }

  @Test
  void theFourXCoreSku_isReadAsTheKey_whenNoKeyIsSent() {
    CatalogItem core = decode("{\"id\":\"i\",\"sku\":\"gem_pack\",\"name\":\"Gems\",\"price_cents\":499,"
        + "\"currency\":\"usd\",\"metadata\":{}}", CatalogWire.Item.class).toItem();
    assertThat(core.key()).isEqualTo("gem_pack");
    assertThat(decode("{\"key\":\"new\",\"sku\":\"old\"}", CatalogWire.Item.class).toItem().key()).isEqualTo("new");
    assertThat(decode("{\"bundle_contents\":[{\"content_item_id\":\"c\",\"catalog_items\":{\"sku\":\"old\"}}]}",
        CatalogWire.Item.class).toDetail().bundleContents())
        .containsExactly(new BundleEntry("c", 1, new ItemSummary("old", null, null)));
  }

  @Test
  void priceAndBundleRecords_decodeAsThemselves() {
    assertThat(decode("{\"id\":\"p\",\"catalog_item_id\":\"i\",\"currency_code\":\"usd\",\"price\":4.99,"
        + "\"created_at\":\"2030-01-07T09:00:00.123Z\",\"updated_at\":\"2030-01-07T09:00:00.123Z\",\"x\":1}",
        CatalogItemPrice.class))
        .isEqualTo(new CatalogItemPrice("p", "i", "usd", new BigDecimal("4.99"), T, T));
    assertThat(decode("{\"id\":\"b\",\"bundle_item_id\":\"i\",\"content_item_id\":\"c\",\"quantity\":3}",
        BundleContent.class)).isEqualTo(new BundleContent("b", "i", "c", 3));
  }
}
