/**
 * Inventory: what a project's users own of its catalog, bought with currency or granted.
 *
 * <p>A user's app reads its items, buys and uses them up through {@link dev.amba.AmbaUser#inventory()};
 * admins read any user's items and grant them through {@link dev.amba.AmbaClient#inventory()}. A
 * purchase is one step: the price is debited from the user's balance, with its ledger row, and the
 * item credited together, or nothing changes. Durable items are owned once, consumables accumulate,
 * and a bundle grants its contents instead of itself.
 *
 * <p>Purchase, consume and grant are safe to retry: each call sends an {@code Idempotency-Key} (its
 * own, or the caller's), the same on every attempt, and the service answers a repeat with the first
 * call's outcome, so a lost answer never charges twice.
 *
 * <pre>{@code
 * PurchaseResult bought = amba.asUser(uid).inventory().purchase("sword", "gems");
 * long left = bought.balanceAfter();
 * amba.asUser(uid).inventory().consume("potion", 1);
 * amba.inventory().grant(uid, potionId, 3);
 * }</pre>
 */
package dev.amba.inventory;
