package dev.amba.referrals;

import java.time.Instant;

/**
 * One user's claim of a referral code. A user claims a code once, never their own, and at most one
 * code owned by another user; codes without an owner (promo codes) each once besides.
 *
 * @param id the claim's id
 * @param referralCodeId the code claimed (4.x core: {@code code_id}); the claim outlives the code's
 *     deletion
 * @param referrerId the code's owner, paid as the referrer, or null for a code without an owner
 * @param refereeId the user who claimed
 * @param claimedAt when, by the server's clock
 */
public record ReferralClaim(String id, String referralCodeId, String referrerId, String refereeId,
    Instant claimedAt) {}
