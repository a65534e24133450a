package dev.amba.currencies;

import java.time.Instant;

/**
 * A currency of the project, as admins define it.
 *
 * @param id the currency's id; paths take it or the code
 * @param code what grants, prices and paths name the currency by; never changes
 * @param name the name shown to users
 * @param description a note shown beside the name, or null
 * @param isPremium whether apps should present it as the premium currency
 * @param initialBalance what a user holds before the first change (older answers: {@code starting_balance})
 * @param maxBalance the most a user may hold, or null for no cap
 * @param autoRechargeAmount what each recharge interval adds, or null for no recharge
 * @param autoRechargeIntervalHours the recharge interval, or null for no recharge
 * @param createdAt when the currency was defined, by the server's clock
 * @param updatedAt when its settings last changed, by the server's clock
 */
public record CurrencyDefinition(
    String id,
    String code,
    String name,
    String description,
    boolean isPremium,
    int initialBalance,
    Integer maxBalance,
    Integer autoRechargeAmount,
    Integer autoRechargeIntervalHours,
    Instant createdAt,
    Instant updatedAt) {}
