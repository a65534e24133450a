package dev.amba.internal.onboarding;

import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.OnboardingEndpoints;
import dev.amba.onboarding.NewOnboardingFlow;
import dev.amba.onboarding.OnboardingFlow;
import dev.amba.onboarding.OnboardingFlowUpdate;
import dev.amba.onboarding.OnboardingStats;
import dev.amba.onboarding.ProjectOnboarding;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Onboarding flows and their stats (server key). */
public final class OnboardingAdmin implements ProjectOnboarding {

  private static final Type FLOWS = Json.parameterized(List.class, OnboardingWire.Flow.class);
  private static final Type STATS = Json.parameterized(List.class, OnboardingWire.Stats.class);

  private final ProjectCalls calls;

  public OnboardingAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public OnboardingFlow create(NewOnboardingFlow flow) {
    Objects.requireNonNull(flow, "flow");
    return calls.call(OnboardingEndpoints.ADMIN_CREATE).body(WireForms.of(flow))
        .<OnboardingWire.Flow>data(OnboardingWire.Flow.class).toPublic();
  }

  @Override
  public List<OnboardingFlow> list() {
    List<OnboardingWire.Flow> all = calls.call(OnboardingEndpoints.ADMIN_LIST).data(FLOWS);
    return all.stream().map(OnboardingWire.Flow::toPublic).toList();
  }

  @Override
  public OnboardingFlow get(String flowId) {
    OnboardingArguments.flowId(flowId);
    return calls.call(OnboardingEndpoints.ADMIN_GET, flowId).<OnboardingWire.Flow>data(OnboardingWire.Flow.class)
        .toPublic();
  }

  @Override
  public OnboardingFlow update(String flowId, OnboardingFlowUpdate update) {
    OnboardingArguments.flowId(flowId);
    return calls.call(OnboardingEndpoints.ADMIN_UPDATE, flowId).body(WireForms.ofUpdate(update))
        .<OnboardingWire.Flow>data(OnboardingWire.Flow.class).toPublic();
  }

  @Override
  public void delete(String flowId) {
    OnboardingArguments.flowId(flowId);
    calls.call(OnboardingEndpoints.ADMIN_DELETE, flowId).data(Map.class);
  }

  @Override
  public List<OnboardingStats> stats() {
    List<OnboardingWire.Stats> all = calls.call(OnboardingEndpoints.ADMIN_STATS).data(STATS);
    return all.stream().map(OnboardingWire.Stats::toPublic).toList();
  }
}
