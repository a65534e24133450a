package dev.amba.onboarding;

import java.util.Map;

/**
 * The acting user's way through the project's primary onboarding flow (the oldest active one), from
 * {@code amba.asUser(uid).onboarding()}.
 *
 * <pre>{@code
 * UserOnboarding onboarding = amba.asUser(uid).onboarding();
 * OnboardingStatus now = onboarding.status();                        // not_started, on the first step
 * onboarding.nextStep(Map.of("goal", "focus"));                      // answers stored under that step
 * onboarding.complete();                                             // every remaining step done
 * }</pre>
 *
 * Every call throws {@link dev.amba.AmbaNotFoundException} ({@code no_active_onboarding_flow}) when
 * the project has no active flow.
 */
public interface UserOnboarding {

  /**
   * Where the user stands; {@link OnboardingState#NOT_STARTED} before the first step.
   *
   * @return the user's current step, steps done and left, and state in the primary flow
   */
  OnboardingStatus status();

  /**
   * Finishes the current step without answers and moves to the following one (starting the flow
   * first when the user had not); after the last step the flow is completed. On a completed flow it
   * changes nothing. Not retried by the SDK: a repeat would move one more step.
   *
   * @return the user's place in the flow after the call
   * @throws dev.amba.AmbaConflictException ({@code flow_skipped}) when the user skipped the flow
   */
  OnboardingStatus nextStep();

  /**
   * As {@link #nextStep()}, storing {@code answers} under the finished step's id.
   *
   * @param answers the user's answers to the step, copied now; values must have a JSON form
   * @return the user's place in the flow after the call
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if a value is one JSON cannot carry, before anything is sent
   * @throws dev.amba.AmbaConflictException ({@code flow_skipped}) when the user skipped the flow
   */
  OnboardingStatus nextStep(Map<String, ?> answers);

  /**
   * Skips the rest of the flow (status skipped). On a completed flow it changes nothing.
   *
   * @return the user's place in the flow after the call
   * @throws dev.amba.AmbaNotFoundException ({@code not_started}) before the user started the flow
   */
  OnboardingStatus skipStep();

  /**
   * Marks every remaining step completed and the flow completed; a skipped flow too. On a completed
   * flow it changes nothing.
   *
   * @return the user's place in the flow after the call
   * @throws dev.amba.AmbaNotFoundException ({@code not_started}) before the user started the flow
   */
  OnboardingStatus complete();

  /**
   * As {@link #complete()}, storing {@code finalAnswers} under the key {@code _final}.
   *
   * @param finalAnswers the user's last answers, copied now; values must have a JSON form
   * @return the user's place in the flow after the call
   * @throws NullPointerException if {@code finalAnswers} is null
   * @throws IllegalArgumentException if a value is one JSON cannot carry, before anything is sent
   * @throws dev.amba.AmbaNotFoundException ({@code not_started}) before the user started the flow
   */
  OnboardingStatus complete(Map<String, ?> finalAnswers);
}
