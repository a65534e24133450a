package dev.amba.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * A flow of the project (31.3).
 *
 * @param steps in the order users take them; immutable
 * @param isActive whether users may go through it; the oldest active flow is the primary one
 */
public record OnboardingFlow(String id, String name, List<OnboardingStep> steps, boolean isActive, Instant createdAt,
    Instant updatedAt) {

  public OnboardingFlow {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
