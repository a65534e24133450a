package dev.amba.currencies;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A rule that credits currency when a user's event of {@code eventName} is stored. Rules are not
 * changed in place: delete one and create another; what a rule credited stays in the ledger.
 *
 * @param id the rule's id, for {@link ProjectCurrencies#deleteGrantRule}
 * @param currencyKey the code of the currency it credits
 * @param eventName the name of the events it credits for
 * @param grantAmount the fixed amount per event, or null when the amount comes from a property
 * @param grantProperty the event property the amount is read from, or null for a fixed amount
 * @param grantMultiplier what the property is multiplied by before rounding down, or null
 * @param maxPerDay the most credits per user per UTC day, or null for no cap
 * @param isActive whether it still credits: false once its currency is deleted
 * @param createdAt when the rule was added, by the server's clock
 */
public record GrantRule(
    String id,
    String currencyKey,
    String eventName,
    Integer grantAmount,
    String grantProperty,
    BigDecimal grantMultiplier,
    Integer maxPerDay,
    boolean isActive,
    Instant createdAt) {}
