package dev.amba.internal.entitlements;

import dev.amba.RequestOptions;
import dev.amba.entitlements.Entitlement;
import dev.amba.entitlements.UserEntitlements;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.Json;
import dev.amba.internal.endpoint.EntitlementEndpoints;
import dev.amba.internal.http.Scope;
import java.util.List;

public final class EntitlementClient implements UserEntitlements {

  private static final java.lang.reflect.Type LIST = Json.parameterized(List.class, Entitlement.class);

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  public EntitlementClient(ClientRuntime runtime, Scope scope, RequestOptions options) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
  }

  @Override
  public List<Entitlement> list() {
    List<Entitlement> list = runtime.api.call(EntitlementEndpoints.LIST, scope, options).data(LIST);
    return List.copyOf(list);
  }
}
