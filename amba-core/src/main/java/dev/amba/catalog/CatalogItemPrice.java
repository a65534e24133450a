package dev.amba.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An item's price in one currency, as stored: an item has at most one per currency code, and
 * setting another replaces it (keeping its id and {@code createdAt}).
 *
 * @param catalogItemId the item it prices
 * @param price the amount, never negative
 */
public record CatalogItemPrice(
    String id,
    String catalogItemId,
    String currencyCode,
    BigDecimal price,
    Instant createdAt,
    Instant updatedAt) {}
