package dev.amba.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * A flow of the project (31.3).
 *
 * @param id the flow's id
 * @param name the flow's name
 * @param steps in the order users take them; immutable
 * @param isActive whether users may go through it; the oldest active flow is the primary one
 * @param createdAt when the flow was added
 * @param updatedAt when it last changed
 */
public record OnboardingFlow(String id, String name, List<OnboardingStep> steps, boolean isActive, Instant createdAt,
    Instant updatedAt) {

  /**
   * A flow; {@code steps} is copied, and null reads as empty.
   *
   * @param id the flow's id
   * @param name the flow's name
   * @param steps its steps, or null
   * @param isActive whether users may go through it
   * @param createdAt when it was added
   * @param updatedAt when it last changed
   */
  public OnboardingFlow {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
