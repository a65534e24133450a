package dev.amba.referrals;

import dev.amba.internal.WireForms;
import dev.amba.internal.referrals.ReferralArguments;
import java.util.Map;

/**
 * A project's code to create, owned by no user: a promo code that pays whoever claims it, or the
 * template whose rewards users' own codes copy when they are made (the oldest active one is the
 * template). Unset settings take the service's defaults: text made by the service, no rewards, no
 * limit. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.referrals().create(NewReferralCode.generated()            // the template for users' codes
 *     .rewardReferrer(ReferralReward.of("gems", 100)).rewardReferee(ReferralReward.of("gems", 50)));
 * amba.referrals().create(NewReferralCode.withCode("LAUNCH2030").rewardReferee(ReferralReward.ofXp(200))
 *     .maxUses(1000));
 * }</pre>
 */
public final class NewReferralCode extends RewardFields<NewReferralCode> {

  static {
    WireForms.register(NewReferralCode.class, NewReferralCode::fields);
  }

  private NewReferralCode(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A code whose text the service makes: 8 characters, without look-alikes such as 0 and O.
   *
   * @return the code to create, with the defaults for every setting
   */
  public static NewReferralCode generated() {
    return new NewReferralCode(Map.of());
  }

  /**
   * A code with this text, kept as given; claims match it ignoring case.
   *
   * @param code 4..32 characters of A-Z, a-z and 0-9, unique in the project ignoring case
   * @return the code to create
   * @throws IllegalArgumentException if {@code code} breaks that rule
   */
  public static NewReferralCode withCode(String code) {
    return generated().with("code", ReferralArguments.code(code));
  }

  @Override
  NewReferralCode make(Map<String, Object> changed) {
    return new NewReferralCode(changed);
  }
}
