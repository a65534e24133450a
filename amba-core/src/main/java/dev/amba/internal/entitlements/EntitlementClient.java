package dev.amba.internal.entitlements;

import dev.amba.entitlements.Entitlement;
import dev.amba.entitlements.UserEntitlements;
import dev.amba.internal.UserCalls;
import dev.amba.internal.Json;
import dev.amba.internal.endpoint.EntitlementEndpoints;
import java.util.List;

public final class EntitlementClient implements UserEntitlements {

  private static final java.lang.reflect.Type LIST = Json.parameterized(List.class, Entitlement.class);

  private final UserCalls calls;

  public EntitlementClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<Entitlement> list() {
    List<Entitlement> list = calls.call(EntitlementEndpoints.LIST).data(LIST);
    return List.copyOf(list);
  }
}
