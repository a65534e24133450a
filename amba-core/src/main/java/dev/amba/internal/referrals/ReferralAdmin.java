package dev.amba.internal.referrals;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ReferralEndpoints;
import dev.amba.referrals.NewReferralCode;
import dev.amba.referrals.ProjectReferrals;
import dev.amba.referrals.ReferralCode;
import dev.amba.referrals.ReferralCodeUpdate;
import dev.amba.referrals.ReferralStats;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Referral codes and their claims (server key). */
public final class ReferralAdmin implements ProjectReferrals {

  private static final java.lang.reflect.Type CODES = Json.parameterized(List.class, ReferralWire.Code.class);

  private final ProjectCalls calls;

  public ReferralAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public ReferralCode create(NewReferralCode code) {
    Objects.requireNonNull(code, "code");
    return calls.call(ReferralEndpoints.ADMIN_CREATE).body(WireForms.of(code))
        .<ReferralWire.Code>data(ReferralWire.Code.class).toPublic();
  }

  @Override
  public List<ReferralCode> list() {
    List<ReferralWire.Code> all = calls.call(ReferralEndpoints.ADMIN_LIST).data(CODES);
    return all.stream().map(ReferralWire.Code::toPublic).toList();
  }

  @Override
  public ReferralStats stats(String codeId) {
    ReferralArguments.codeId(codeId);
    return calls.call(ReferralEndpoints.ADMIN_STATS, codeId).<ReferralWire.Stats>data(ReferralWire.Stats.class)
        .toPublic();
  }

  @Override
  public ReferralCode update(String codeId, ReferralCodeUpdate update) {
    ReferralArguments.codeId(codeId);
    return calls.call(ReferralEndpoints.ADMIN_UPDATE, codeId).body(WireForms.ofUpdate(update))
        .<ReferralWire.Code>data(ReferralWire.Code.class).toPublic();
  }

  @Override
  public void delete(String codeId) {
    ReferralArguments.codeId(codeId);
    calls.call(ReferralEndpoints.ADMIN_DELETE, codeId).data(Map.class);
  }
}
