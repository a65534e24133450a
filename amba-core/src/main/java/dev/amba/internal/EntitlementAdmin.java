package dev.amba.internal;

import dev.amba.internal.endpoint.Endpoints;
import dev.amba.RequestOptions;
import dev.amba.entitlements.Entitlement;
import dev.amba.entitlements.EntitlementGrant;
import dev.amba.entitlements.ProjectEntitlements;
import java.util.Objects;

final class EntitlementAdmin implements ProjectEntitlements {

  private final ClientRuntime runtime;
  private final RequestOptions options;

  EntitlementAdmin(ClientRuntime runtime, RequestOptions options) {
    this.runtime = runtime;
    this.options = options;
  }

  @Override
  public Entitlement grant(String userId, EntitlementGrant grant) {
    UserIds.check(userId, "userId");
    Objects.requireNonNull(grant, "grant");
    // The same grant twice stores the same row, so a retry is harmless.
    return runtime.api.call(Endpoints.ADMIN_ENTITLEMENTS_GRANT, options, runtime.config.projectId(), userId)
        .body(WireForms.of(grant)).data(Entitlement.class);
  }
}
