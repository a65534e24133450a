package dev.amba.referrals;

import dev.amba.internal.WireForms;
import java.util.Map;

/**
 * The settings of a code to change; only those set are sent, and the text never changes. Rewards
 * apply to claims from then on; claims made are kept. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.referrals().update(codeId, ReferralCodeUpdate.create().active(false));   // stops claims
 * }</pre>
 */
public final class ReferralCodeUpdate extends RewardFields<ReferralCodeUpdate> {

  static {
    WireForms.register(ReferralCodeUpdate.class, ReferralCodeUpdate::fields);
  }

  private ReferralCodeUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * An update that changes nothing yet; sending it empty is refused before anything is sent.
   *
   * @return an empty update
   */
  public static ReferralCodeUpdate create() {
    return new ReferralCodeUpdate(Map.of());
  }

  /**
   * Removes the limit on claims.
   *
   * @return a copy that sets {@code max_uses} to null
   */
  public ReferralCodeUpdate clearMaxUses() {
    return with("max_uses", null);
  }

  /**
   * False stops claims (the code then answers as an unknown one); true takes them again.
   *
   * @param active whether the code can be claimed
   * @return a copy with the flag set
   */
  public ReferralCodeUpdate active(boolean active) {
    return with("is_active", active);
  }

  @Override
  ReferralCodeUpdate make(Map<String, Object> changed) {
    return new ReferralCodeUpdate(changed);
  }
}
