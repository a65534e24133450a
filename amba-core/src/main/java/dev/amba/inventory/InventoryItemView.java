package dev.amba.inventory;

import java.util.Objects;

/**
 * An owned item as the inventory lists it: the user's row and the catalog item it holds.
 *
 * @param owned the user's row: quantity, when and how acquired
 * @param item the catalog item; null only when the service sent none
 */
public record InventoryItemView(UserInventoryItem owned, OwnedItem item) {

  public InventoryItemView {
    Objects.requireNonNull(owned, "owned");
  }

  /** The catalog item's id. */
  public String catalogItemId() {
    return owned.catalogItemId();
  }

  /** How many the user holds. */
  public long quantity() {
    return owned.quantity();
  }
}
