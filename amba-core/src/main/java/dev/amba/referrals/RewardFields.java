package dev.amba.referrals;

import java.util.Map;
import java.util.Objects;

/** The settings an admin code's create and update share besides the limit: what each claim pays. */
abstract class RewardFields<S extends RewardFields<S>> extends ReferralCodeFields<S> {

  RewardFields(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * What each claim pays the code's owner. A code without an owner (every code made here) pays no
   * referrer; as the template, its referrer reward is what users' own codes made later pay their
   * owners.
   *
   * @param reward what the referrer gets; {@link ReferralReward#none()} for nothing
   * @return a copy with the referrer's reward set
   * @throws NullPointerException if {@code reward} is null
   */
  public S rewardReferrer(ReferralReward reward) {
    return with("reward_referrer", Objects.requireNonNull(reward, "reward").wire());
  }

  /**
   * What each claim pays the user who claims the code; {@link ReferralReward#none()} for nothing.
   *
   * @param reward what the referee gets
   * @return a copy with the referee's reward set
   * @throws NullPointerException if {@code reward} is null
   */
  public S rewardReferee(ReferralReward reward) {
    return with("reward_referee", Objects.requireNonNull(reward, "reward").wire());
  }
}
