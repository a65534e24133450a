package dev.amba.onboarding;

import dev.amba.internal.WireForms;
import dev.amba.internal.onboarding.OnboardingArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.List;

/**
 * What to change of a flow; only what is set is sent. New steps replace all the old ones; users'
 * progress is kept and reads against the new steps. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.onboarding().update(flowId, OnboardingFlowUpdate.create().active(false));
 * }</pre>
 */
public final class OnboardingFlowUpdate {

  static {
    WireForms.register(OnboardingFlowUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private OnboardingFlowUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /** An update that changes nothing yet; sending it empty is refused before anything is sent. */
  public static OnboardingFlowUpdate create() {
    return new OnboardingFlowUpdate(FieldMap.empty());
  }

  /** @param name 1..128 characters, not blank */
  public OnboardingFlowUpdate name(String name) {
    return new OnboardingFlowUpdate(fields.with("name", TextArguments.name(name)));
  }

  /** @param steps 1..100 steps that replace the flow's, no step id twice */
  public OnboardingFlowUpdate steps(List<NewOnboardingStep> steps) {
    return new OnboardingFlowUpdate(fields.with("steps", OnboardingArguments.steps(steps)));
  }

  /** False takes the flow from users (another active flow may become the primary one). */
  public OnboardingFlowUpdate active(boolean active) {
    return new OnboardingFlowUpdate(fields.with("is_active", active));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OnboardingFlowUpdate other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
