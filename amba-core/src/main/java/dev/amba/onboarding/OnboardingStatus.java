package dev.amba.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The acting user's place in the project's primary flow (31.3).
 *
 * @param flowId the primary flow's id
 * @param flowName the primary flow's name
 * @param currentStep the id of the step the user is on: the first step before any start, null once
 *     the flow is completed
 * @param completedSteps the ids of the steps done, in the order they were done; immutable
 * @param remainingSteps the flow's step ids not done, in flow order, the current one included; empty
 *     once completed. Immutable
 * @param completed whether the user completed the flow
 * @param completedAt when the flow was completed; null before
 * @param status where the user stands: not started, in progress, completed or skipped
 */
public record OnboardingStatus(
    String flowId,
    String flowName,
    String currentStep,
    List<String> completedSteps,
    List<String> remainingSteps,
    boolean completed,
    Instant completedAt,
    OnboardingState status) {

  /**
   * A status; the step lists are copied, and null reads as empty.
   *
   * @param flowId the flow's id
   * @param flowName the flow's name
   * @param currentStep the current step's id, or null
   * @param completedSteps the done steps' ids, or null
   * @param remainingSteps the remaining steps' ids, or null
   * @param completed whether the flow is completed
   * @param completedAt when it was completed, or null
   * @param status where the user stands, not null
   * @throws NullPointerException if {@code status} is null
   */
  public OnboardingStatus {
    completedSteps = completedSteps == null ? List.of() : List.copyOf(completedSteps);
    remainingSteps = remainingSteps == null ? List.of() : List.copyOf(remainingSteps);
    Objects.requireNonNull(status, "status");
  }
}
