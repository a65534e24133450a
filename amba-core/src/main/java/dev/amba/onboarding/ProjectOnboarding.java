package dev.amba.onboarding;

import java.util.List;

/**
 * Admin: the project's onboarding flows and how users fare in them, from {@code amba.onboarding()}
 * (server key). Users go through the oldest active flow.
 *
 * <pre>{@code
 * OnboardingFlow flow = amba.onboarding().create(NewOnboardingFlow.of("First run",
 *     NewOnboardingStep.of("welcome", "Welcome", "welcome")));
 * double rate = amba.onboarding().stats().get(0).completionRate();
 * }</pre>
 */
public interface ProjectOnboarding {

  /**
   * Adds a flow.
   *
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_steps}) when the service refuses the steps
   */
  OnboardingFlow create(NewOnboardingFlow flow);

  /** Every flow, oldest first. */
  List<OnboardingFlow> list();

  /** @throws dev.amba.AmbaNotFoundException when the project has no flow with this id */
  OnboardingFlow get(String flowId);

  /**
   * Changes what {@code update} sets.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flow with this id
   */
  OnboardingFlow update(String flowId, OnboardingFlowUpdate update);

  /**
   * Deletes a flow; users' progress in it is kept (and counts in no stats).
   *
   * @throws dev.amba.AmbaNotFoundException when the project has no flow with this id
   */
  void delete(String flowId);

  /** One entry per flow, oldest flow first. */
  List<OnboardingStats> stats();
}
