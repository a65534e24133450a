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

  /** An update that changes nothing yet; sending it empty is refused before anything is sent. */
  public static ReferralCodeUpdate create() {
    return new ReferralCodeUpdate(Map.of());
  }

  /** Removes the limit on claims. */
  public ReferralCodeUpdate clearMaxUses() {
    return with("max_uses", null);
  }

  /** False stops claims (the code then answers as an unknown one); true takes them again. */
  public ReferralCodeUpdate active(boolean active) {
    return with("is_active", active);
  }

  @Override
  ReferralCodeUpdate make(Map<String, Object> changed) {
    return new ReferralCodeUpdate(changed);
  }
}
