package dev.amba.inventory;

import java.util.Objects;

/**
 * An owned item as the inventory lists it: the user's row and the catalog item it holds.
 *
 * @param owned the user's row: quantity, when and how acquired
 * @param item the catalog item; null only when the service sent none
 */
public record InventoryItemView(UserInventoryItem owned, OwnedItem item) {

  /**
   * A listed item.
   *
   * @param owned the user's row, not null
   * @param item the catalog item, or null
   * @throws NullPointerException if {@code owned} is null
   */
  public InventoryItemView {
    Objects.requireNonNull(owned, "owned");
  }

  /**
   * The catalog item's id.
   *
   * @return the id of the item the user's row holds
   */
  public String catalogItemId() {
    return owned.catalogItemId();
  }

  /**
   * How many the user holds.
   *
   * @return the row's quantity, at least 1 in a list
   */
  public long quantity() {
    return owned.quantity();
  }
}
