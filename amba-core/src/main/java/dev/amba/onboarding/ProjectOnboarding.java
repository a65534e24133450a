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
   * @param flow the flow's name, steps and whether it is active
   * @return the flow as stored, with its id
   * @throws NullPointerException if {@code flow} is null
   * @throws dev.amba.AmbaBadRequestException ({@code invalid_steps}) when the service refuses the steps
   */
  OnboardingFlow create(NewOnboardingFlow flow);

  /**
   * Every flow, oldest first.
   *
   * @return every flow of the project, active or not; empty when none
   */
  List<OnboardingFlow> list();

  /**
   * One flow.
   *
   * @param flowId the flow's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @return the flow with its steps
   * @throws IllegalArgumentException if {@code flowId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flow with this id
   */
  OnboardingFlow get(String flowId);

  /**
   * Changes what {@code update} sets.
   *
   * @param flowId the flow's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @param update what to change
   * @return the flow as stored after the change
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalArgumentException when {@code flowId} is not a UUID or {@code update} sets nothing,
   *     before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flow with this id
   */
  OnboardingFlow update(String flowId, OnboardingFlowUpdate update);

  /**
   * Deletes a flow; users' progress in it is kept (and counts in no stats).
   *
   * @param flowId the flow's id, a UUID such as {@code 123e4567-e89b-12d3-a456-426614174000}
   * @throws IllegalArgumentException if {@code flowId} is not a UUID, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when the project has no flow with this id
   */
  void delete(String flowId);

  /**
   * One entry per flow, oldest flow first.
   *
   * @return how many users started, completed and skipped each flow; empty when there are no flows
   */
  List<OnboardingStats> stats();
}
