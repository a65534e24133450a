package dev.amba.internal.inventory;

/**
 * The inventory's own argument rule (amba-api-modules.md 20): quantities are whole and at least 1.
 * Items and stores are named by id or key, currencies by code and users by uid, under the rules
 * every module shares ({@code ModuleNames}, {@code UserIds}); all are checked before anything is
 * sent, so a mistake is an {@link IllegalArgumentException} naming the argument.
 */
final class InventoryArguments {

  private InventoryArguments() {}

  static int quantity(int quantity, String argument) {
    if (quantity < 1) {
      throw new IllegalArgumentException(argument + " must be at least 1, got " + quantity);
    }
    return quantity;
  }
}
