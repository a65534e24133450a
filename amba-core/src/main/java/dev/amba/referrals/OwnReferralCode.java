package dev.amba.referrals;

import dev.amba.internal.WireForms;
import dev.amba.internal.referrals.ReferralArguments;
import java.util.Map;

/**
 * The acting user's own code to create, with text of the user's choosing or made by the service.
 * Its rewards are the project's template's (the oldest active code without an owner), as for the
 * code {@link UserReferrals#getMyCode()} makes. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * ReferralCode mine = amba.asUser(uid).referrals().create(OwnReferralCode.withCode("ADA2030").maxUses(20));
 * }</pre>
 */
public final class OwnReferralCode extends ReferralCodeFields<OwnReferralCode> {

  static {
    WireForms.register(OwnReferralCode.class, OwnReferralCode::fields);
  }

  private OwnReferralCode(Map<String, Object> fields) {
    super(fields);
  }

  /**
   * A code whose text the service makes: 8 characters, without look-alikes such as 0 and O.
   *
   * @return the code to create, with the defaults for every setting
   */
  public static OwnReferralCode generated() {
    return new OwnReferralCode(Map.of());
  }

  /**
   * A code with this text, kept as given; claims match it ignoring case.
   *
   * @param code 4..32 characters of A-Z, a-z and 0-9, unique in the project ignoring case
   * @return the code to create
   * @throws IllegalArgumentException if {@code code} breaks that rule
   */
  public static OwnReferralCode withCode(String code) {
    return generated().with("code", ReferralArguments.code(code));
  }

  @Override
  OwnReferralCode make(Map<String, Object> changed) {
    return new OwnReferralCode(changed);
  }
}
