package dev.amba.internal.inventory;

import dev.amba.catalog.ItemType;
import dev.amba.internal.util.JsonValues;
import dev.amba.inventory.AcquiredVia;
import dev.amba.inventory.GrantedItem;
import dev.amba.inventory.InventoryItemView;
import dev.amba.inventory.OwnedItem;
import dev.amba.inventory.PurchaseResult;
import dev.amba.inventory.UserInventoryItem;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Inventory answers as they arrive (20.3). One shape reads a row and its list view, which adds the
 * item as {@code catalog_items}. The 4.x core's names are read where the protocol's are absent and
 * never sent: {@code metadata} for {@code instance_data}, {@code sku} for the item's key.
 */
public final class InventoryWire {

  private InventoryWire() {}

  public record Item(
      String id,
      String appUserId,
      String catalogItemId,
      Long quantity,
      JsonObject instanceData,
      JsonObject metadata,
      Instant acquiredAt,
      String acquiredVia,
      String sku,
      Summary catalogItems) {

    UserInventoryItem toItem() {
      JsonObject data = instanceData != null ? instanceData : metadata;
      return new UserInventoryItem(id, appUserId, catalogItemId, quantity == null ? 0 : quantity,
          data == null ? Map.of() : JsonValues.toMap(data),
          acquiredAt, acquiredVia == null || acquiredVia.isBlank() ? null : new AcquiredVia(acquiredVia));
    }

    InventoryItemView toView() {
      OwnedItem item = catalogItems != null ? catalogItems.toPublic(sku)
          : sku != null ? new OwnedItem(sku, null, null, null, null) : null;
      return new InventoryItemView(toItem(), item);
    }
  }

  public record Summary(String key, String sku, String name, String iconUrl, String itemType, String category) {

    OwnedItem toPublic(String outerSku) {
      // Durable is what the service makes of an item created without a type.
      ItemType type = itemType == null || itemType.isBlank() ? ItemType.DURABLE : new ItemType(itemType);
      return new OwnedItem(key != null ? key : sku != null ? sku : outerSku, name, iconUrl, type, category);
    }
  }

  public record Purchase(
      Boolean purchased,
      String currencyCode,
      Long price,
      Long balanceAfter,
      String transactionId,
      List<Granted> granted) {

    PurchaseResult toPublic() {
      return new PurchaseResult(!Boolean.FALSE.equals(purchased), currencyCode, n(price), n(balanceAfter),
          transactionId, granted == null ? List.of() : granted.stream().map(Granted::toPublic).toList());
    }
  }

  public record Granted(String catalogItemId, Long quantity) {

    GrantedItem toPublic() {
      return new GrantedItem(catalogItemId, n(quantity));
    }
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
