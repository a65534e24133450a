package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.EmulatorEndpoints;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FaultControl;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;

/**
 * Emulator only: the fault switch over HTTP, for tests written in other languages or against the
 * standalone emulator. Guarded like any admin route (the project's server key); each project's
 * rules apply to its own requests only, and never to these paths, so a switch turned on can always
 * be turned off.
 */
public final class FaultRoutes implements RouteModule {

  public static final String PATH_MARKER = EmulatorEndpoints.FAULTS_MARKER;

  private final FaultControl control;

  public FaultRoutes(FaultControl control) {
    this.control = control;
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(EmulatorEndpoints.FAULTS_ADD, this::add);
    routes.on(EmulatorEndpoints.FAULTS_STATE, (request, caller) -> ApiResponse.ok(control.state(caller.projectId())));
    routes.on(EmulatorEndpoints.FAULTS_RESET, (request, caller) -> {
      control.reset(caller.projectId());
      return ApiResponse.noContent();
    });
  }

  private ApiResponse add(ApiRequest request, Caller caller) {
    control.add(caller.projectId(), request.jsonObject());
    return ApiResponse.created(control.state(caller.projectId()));
  }
}
