package dev.amba.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The acting user's place in the project's primary flow (31.3).
 *
 * @param currentStep the id of the step the user is on: the first step before any start, null once
 *     the flow is completed
 * @param completedSteps the ids of the steps done, in the order they were done; immutable
 * @param remainingSteps the flow's step ids not done, in flow order, the current one included; empty
 *     once completed. Immutable
 * @param completedAt when the flow was completed; null before
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

  public OnboardingStatus {
    completedSteps = completedSteps == null ? List.of() : List.copyOf(completedSteps);
    remainingSteps = remainingSteps == null ? List.of() : List.copyOf(remainingSteps);
    Objects.requireNonNull(status, "status");
  }
}
