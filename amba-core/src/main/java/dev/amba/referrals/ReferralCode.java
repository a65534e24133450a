package dev.amba.referrals;

import java.time.Instant;

/**
 * A referral code: a user's own, which pays that user (the referrer) and whoever claims it (the
 * referee), or a project's code without an owner (a promo code, or the template whose rewards new
 * users' codes copy), which pays the referee alone.
 *
 * @param id the code's id; admin paths take it
 * @param ownerId the user who owns the code and is paid as the referrer, or null for a project's
 *     code (the wire's {@code app_user_id}; 4.x core: {@code owner_id})
 * @param code the text users type to claim it, kept as it was made; claims match it ignoring case
 * @param rewardReferrer what each claim pays the owner; never null, {@link ReferralReward#none()}
 *     when it pays nothing
 * @param rewardReferee what each claim pays the user who claims; never null
 * @param maxUses how many claims the code takes, or null for no limit
 * @param currentUses how many claims it has taken (4.x core: {@code uses_count})
 * @param isActive whether it can be claimed; an inactive code answers claims as an unknown one
 * @param createdAt when the code was made
 * @param updatedAt when a setting last changed
 */
public record ReferralCode(
    String id,
    String ownerId,
    String code,
    ReferralReward rewardReferrer,
    ReferralReward rewardReferee,
    Integer maxUses,
    int currentUses,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A code; a null reward reads as {@link ReferralReward#none()}.
   *
   * @param id the code's id
   * @param ownerId the owner's id, or null
   * @param code the text users type
   * @param rewardReferrer what each claim pays the owner, or null for nothing
   * @param rewardReferee what each claim pays the claimer, or null for nothing
   * @param maxUses the limit on claims, or null
   * @param currentUses the claims taken
   * @param isActive whether it can be claimed
   * @param createdAt when it was made
   * @param updatedAt when it last changed
   */
  public ReferralCode {
    rewardReferrer = rewardReferrer == null ? ReferralReward.none() : rewardReferrer;
    rewardReferee = rewardReferee == null ? ReferralReward.none() : rewardReferee;
  }

  /**
   * Whether a user owns the code, so each claim also pays that user and counts as the claimer's one referrer.
   *
   * @return true when {@link #ownerId()} is set; false for a project's code
   */
  public boolean isUserOwned() {
    return ownerId != null;
  }
}
