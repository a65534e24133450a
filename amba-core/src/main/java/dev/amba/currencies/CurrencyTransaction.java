package dev.amba.currencies;

import java.time.Instant;

/**
 * One change of a user's balance, as the ledger keeps it. Every change writes exactly one, in the
 * same step as the balance, so a user's transactions in a currency sum to the balance less the
 * currency's initial balance.
 *
 * <p>An admin grant the currency's cap reduced to nothing is answered with a transaction that was
 * never stored: {@code id} null, {@code amount} 0, and {@code balanceAfter} the balance as it is.
 *
 * @param id the transaction's id, or null for a grant that credited nothing
 * @param userId the user (the wire's {@code app_user_id})
 * @param currencyCode the currency's code
 * @param currencyId the currency's id where the service names it (4.x core); null otherwise
 * @param amount the change: positive for credits, negative for debits (4.x core answers: {@code delta})
 * @param balanceAfter the balance right after this change
 * @param transactionType why the balance changed; see {@link CurrencyTransactionType}
 * @param source what changed it; see {@link CurrencySource}
 * @param referenceId what the change belongs to (the event a rule credited for, a purchase, a
 *     referral claim), or null
 * @param reason words about the change, such as an admin grant's reason, or null
 * @param createdAt when it happened, by the server's clock
 */
public record CurrencyTransaction(
    String id,
    String userId,
    String currencyCode,
    String currencyId,
    long amount,
    long balanceAfter,
    String transactionType,
    String source,
    String referenceId,
    String reason,
    Instant createdAt) {}
