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

  /**
   * An update that changes nothing yet; sending it empty is refused before anything is sent.
   *
   * @return an empty update
   */
  public static OnboardingFlowUpdate create() {
    return new OnboardingFlowUpdate(FieldMap.empty());
  }

  /**
   * A new name for the flow.
   *
   * @param name 1..128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code name} breaks that rule
   */
  public OnboardingFlowUpdate name(String name) {
    return new OnboardingFlowUpdate(fields.with("name", TextArguments.name(name)));
  }

  /**
   * New steps for the flow, replacing all of the old ones.
   *
   * @param steps 1..100 steps that replace the flow's, no step id twice
   * @return a copy with the steps set
   * @throws IllegalArgumentException if {@code steps} holds fewer than 1 or more than 100 steps or
   *     a step id twice
   * @throws NullPointerException if {@code steps} or one of them is null
   */
  public OnboardingFlowUpdate steps(List<NewOnboardingStep> steps) {
    return new OnboardingFlowUpdate(fields.with("steps", OnboardingArguments.steps(steps)));
  }

  /**
   * False takes the flow from users (another active flow may become the primary one).
   *
   * @param active whether users may go through the flow
   * @return a copy with the flag set
   */
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
