package dev.amba.entitlements;

import java.time.Instant;

/**
 * An entitlement of a user (a subscription tier, a purchased feature).
 *
 * @param entitlementId the entitlement's id, e.g. {@code pro}
 * @param isActive whether it is active now: granted active and not expired
 * @param productId the store product that grants it, or null
 * @param store where it was bought; see {@link PurchaseStore}
 * @param purchaseDate when it was first granted
 * @param expirationDate when it ends, or null if it does not
 */
public record Entitlement(
    String entitlementId,
    boolean isActive,
    String productId,
    String store,
    Instant purchaseDate,
    Instant expirationDate) {}
