package dev.amba.internal.entitlements;

import dev.amba.entitlements.Entitlement;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.entitlements.ProjectEntitlements;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.EntitlementEndpoints;
import java.util.Objects;

public final class EntitlementAdmin implements ProjectEntitlements {

  private final ProjectCalls calls;

  public EntitlementAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Entitlement grant(String userId, EntitlementGrant grant) {
    UserIds.check(userId, "userId");
    Objects.requireNonNull(grant, "grant");
    // The same grant twice stores the same row, so a retry is harmless.
    return calls.call(EntitlementEndpoints.ADMIN_GRANT, userId)
        .body(WireForms.of(grant)).data(Entitlement.class);
  }
}
