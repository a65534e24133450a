package dev.amba.inventory;

import java.util.List;

/**
 * The outcome of a purchase: what it cost, the balance left, and what it granted.
 *
 * @param purchased true: a purchase that fails throws instead
 * @param currencyCode the currency paid in
 * @param price what was debited, whole units; 0 for a free item
 * @param balanceAfter the user's balance in that currency right after the purchase
 * @param transactionId the debit's transaction in the user's ledger, or null for a free item
 *     (nothing is written then)
 * @param granted what was added: the item itself, or, for a bundle, each of its contents; a
 *     durable content the user already owned adds nothing and is left out. Immutable
 */
public record PurchaseResult(
    boolean purchased,
    String currencyCode,
    long price,
    long balanceAfter,
    String transactionId,
    List<GrantedItem> granted) {

  /**
   * A purchase's outcome; {@code granted} is copied, and null reads as empty.
   *
   * @param purchased true for a purchase that went through
   * @param currencyCode the currency paid in
   * @param price what was debited, whole units
   * @param balanceAfter the balance right after the purchase
   * @param transactionId the debit's ledger transaction, or null for a free item
   * @param granted what was added, or null
   */
  public PurchaseResult {
    granted = granted == null ? List.of() : List.copyOf(granted);
  }
}
