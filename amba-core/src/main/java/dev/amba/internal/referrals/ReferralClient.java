package dev.amba.internal.referrals;

import dev.amba.internal.UserCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ReferralEndpoints;
import dev.amba.referrals.OwnReferralCode;
import dev.amba.referrals.ReferralClaim;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.UserReferrals;
import java.util.Map;
import java.util.Objects;

public final class ReferralClient implements UserReferrals {

  private final UserCalls calls;

  public ReferralClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public ReferralCode getMyCode() {
    return calls.call(ReferralEndpoints.MY_CODE).<ReferralWire.Code>data(ReferralWire.Code.class).toPublic();
  }

  @Override
  public ReferralClaim claim(String code) {
    Map<String, Object> body = Map.of("code", ReferralArguments.claimCode(code));
    return calls.call(ReferralEndpoints.CLAIM).body(body).<ReferralWire.Claim>data(ReferralWire.Claim.class)
        .toPublic();
  }

  @Override
  public ReferralCode create() {
    return create(OwnReferralCode.generated());
  }

  @Override
  public ReferralCode create(OwnReferralCode code) {
    Objects.requireNonNull(code, "code");
    return calls.call(ReferralEndpoints.CREATE).body(WireForms.of(code))
        .<ReferralWire.Code>data(ReferralWire.Code.class).toPublic();
  }
}
