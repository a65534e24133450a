package dev.amba.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An item's price in one currency, as stored: an item has at most one per currency code, and
 * setting another replaces it (keeping its id and {@code createdAt}).
 *
 * @param id the price row's id, kept when the price is replaced
 * @param catalogItemId the item it prices
 * @param currencyCode the currency's code, such as {@code gems} or {@code usd}
 * @param price the amount, never negative
 * @param createdAt when the item first had a price in this currency, by the server's clock
 * @param updatedAt when the price was last set, by the server's clock
 */
public record CatalogItemPrice(
    String id,
    String catalogItemId,
    String currencyCode,
    BigDecimal price,
    Instant createdAt,
    Instant updatedAt) {}
