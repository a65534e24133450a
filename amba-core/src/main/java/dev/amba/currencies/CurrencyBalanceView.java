package dev.amba.currencies;

/**
 * What a user holds of one currency. A user who never had a change reads the currency's initial
 * balance with lifetime totals of 0.
 *
 * @param currencyCode the currency's code (4.x core answers: {@code key})
 * @param currencyId the currency's id where the service names it (4.x core); null from services
 *     that name currencies by code alone, as this protocol does
 * @param name the currency's name shown to users
 * @param isPremium whether the currency is the project's premium (bought) one
 * @param balance what the user holds now; never below 0
 * @param lifetimeEarned every unit ever credited (grants, rules, recharges, rewards)
 * @param lifetimeSpent every unit ever debited, as a positive number
 */
public record CurrencyBalanceView(
    String currencyCode,
    String currencyId,
    String name,
    boolean isPremium,
    long balance,
    long lifetimeEarned,
    long lifetimeSpent) {}
