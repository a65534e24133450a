package dev.amba.xp;

import java.time.Instant;

/**
 * One credit of XP in a user's history. XP is never debited, so every entry adds.
 *
 * @param id the entry's id
 * @param userId the user credited (the wire's {@code app_user_id})
 * @param xpRuleId the rule that awarded it, or null for other sources; kept after the rule is deleted
 * @param eventName the event that earned it, or null when no event did (a grant claim, say)
 * @param xpAmount the XP credited (older answers: {@code amount} or {@code delta})
 * @param reason why, in words: the rule's name, {@code achievement:<key>}, {@code challenge:<id>},
 *     {@code referral} or {@code grant:<key>}
 * @param source what credited it; see {@link XpSource}
 * @param occurredAt when it was credited, by the server's clock (older answers: {@code created_at})
 */
public record XpLedgerEntry(
    String id,
    String userId,
    String xpRuleId,
    String eventName,
    int xpAmount,
    String reason,
    String source,
    Instant occurredAt) {}
