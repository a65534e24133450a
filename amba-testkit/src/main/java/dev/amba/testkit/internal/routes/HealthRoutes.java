package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.HealthEndpoints;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;

/** {@code GET /health}: readiness, outside the {@code data} envelope like the real service. */
public final class HealthRoutes implements RouteModule {
  @Override
  public void register(RouteTable routes) {
    routes.on(HealthEndpoints.CHECK,
        (request, caller) -> ApiResponse.json(200, JsonIo.object().add("status", "ok").build()));
  }
}
