/**
 * Referrals: each user's own code to share, promo codes without an owner, and claims that pay both
 * sides in currencies and XP.
 *
 * <p>Admins manage codes through {@link dev.amba.AmbaClient#referrals()}; a user's app reads the
 * user's code and claims others' through {@link dev.amba.AmbaUser#referrals()}. A user claims a code
 * once, never their own, and at most one code owned by another user. Rewards are paid after the
 * claim is stored, each currency cut to its cap ({@code dev.amba.currencies}), XP through the XP
 * ledger ({@code dev.amba.xp}).
 *
 * <pre>{@code
 * amba.referrals().create(NewReferralCode.generated()      // the template: what users' codes pay
 *     .rewardReferrer(ReferralReward.of("gems", 100)).rewardReferee(ReferralReward.of("gems", 50)));
 * String share = amba.asUser(ada).referrals().getMyCode().code();
 * amba.asUser(bob).referrals().claim(share);               // Ada +100 gems, Bob +50 gems
 * }</pre>
 */
package dev.amba.referrals;
