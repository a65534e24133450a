package dev.amba.internal.onboarding;

import dev.amba.onboarding.OnboardingFlow;
import dev.amba.onboarding.OnboardingState;
import dev.amba.onboarding.OnboardingStats;
import dev.amba.onboarding.OnboardingStatus;
import dev.amba.onboarding.OnboardingStep;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Onboarding answers as they arrive (31.3). */
public final class OnboardingWire {

  private OnboardingWire() {}

  public record Step(String id, String title, String description, String type, JsonObject config) {

    OnboardingStep toPublic() {
      return new OnboardingStep(id, title, description, type, config == null ? Map.of() : JsonValues.toMap(config));
    }
  }

  public record Flow(String id, String name, List<Step> steps, Boolean isActive, Instant createdAt,
      Instant updatedAt) {

    OnboardingFlow toPublic() {
      List<OnboardingStep> all = steps == null ? List.of() : steps.stream().map(Step::toPublic).toList();
      return new OnboardingFlow(id, name, all, !Boolean.FALSE.equals(isActive), createdAt,
          updatedAt != null ? updatedAt : createdAt);
    }
  }

  public record Status(String flowId, String flowName, String currentStep, List<String> completedSteps,
      List<String> remainingSteps, Boolean completed, Instant completedAt, String status) {

    OnboardingStatus toPublic() {
      boolean done = Boolean.TRUE.equals(completed);
      // An answer naming no state reads from the flags it does carry.
      OnboardingState state = status == null || status.isBlank()
          ? (done ? OnboardingState.COMPLETED : OnboardingState.IN_PROGRESS) : new OnboardingState(status);
      return new OnboardingStatus(flowId, flowName, currentStep, completedSteps, remainingSteps, done, completedAt,
          state);
    }
  }

  public record Stats(String flowId, String flowName, Long totalStarted, Long totalCompleted, Long totalSkipped,
      Double completionRate) {

    OnboardingStats toPublic() {
      return new OnboardingStats(flowId, flowName, n(totalStarted), n(totalCompleted), n(totalSkipped),
          completionRate == null ? 0 : completionRate);
    }
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
