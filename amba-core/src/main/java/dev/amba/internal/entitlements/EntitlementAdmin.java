package dev.amba.internal.entitlements;

import dev.amba.RequestOptions;
import dev.amba.entitlements.Entitlement;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.entitlements.ProjectEntitlements;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.UserIds;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.EntitlementEndpoints;
import java.util.Objects;

public final class EntitlementAdmin implements ProjectEntitlements {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  public EntitlementAdmin(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public Entitlement grant(String userId, EntitlementGrant grant) {
    UserIds.check(userId, "userId");
    Objects.requireNonNull(grant, "grant");
    // The same grant twice stores the same row, so a retry is harmless.
    return runtime.api.call(EntitlementEndpoints.ADMIN_GRANT, options, runtime.config.projectId(), userId)
        .body(WireForms.of(grant)).data(Entitlement.class);
  }
}
