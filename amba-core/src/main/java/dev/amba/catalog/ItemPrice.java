package dev.amba.catalog;

import java.math.BigDecimal;

/**
 * One price of an item, as item lists carry it. Any currency code may hold a price, including
 * display prices such as {@code usd 4.99}; only a whole-number price in a currency the project
 * defines can be paid in an inventory purchase.
 *
 * @param currencyCode the currency's code, such as {@code gems}
 * @param price the amount, never negative; exact, as the service sent it
 */
public record ItemPrice(String currencyCode, BigDecimal price) {}
