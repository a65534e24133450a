package dev.amba.onboarding;

import dev.amba.internal.WireForms;
import dev.amba.internal.onboarding.OnboardingArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.List;

/**
 * A flow to create: its name and steps, active unless said otherwise. The oldest active flow of the
 * project is the one users go through. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.onboarding().create(NewOnboardingFlow.of("First run",
 *     NewOnboardingStep.of("welcome", "Welcome", "welcome"),
 *     NewOnboardingStep.of("goals", "Your goals", "question")));
 * }</pre>
 */
public final class NewOnboardingFlow {

  static {
    WireForms.register(NewOnboardingFlow.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewOnboardingFlow(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * An active flow of this name and steps.
   *
   * @param name 1..128 characters, not blank
   * @param steps 1..100 steps in the order users take them, no step id twice
   * @return the flow to create
   * @throws IllegalArgumentException if {@code name} is blank or longer than 128 characters, or
   *     {@code steps} holds fewer than 1 or more than 100 steps or a step id twice
   * @throws NullPointerException if {@code steps} or one of them is null
   */
  public static NewOnboardingFlow of(String name, List<NewOnboardingStep> steps) {
    return new NewOnboardingFlow(FieldMap.empty().with("name", TextArguments.name(name))
        .with("steps", OnboardingArguments.steps(steps)));
  }

  /**
   * As {@link #of(String, List)}.
   *
   * @param name 1..128 characters, not blank
   * @param steps 1..100 steps in the order users take them, no step id twice
   * @return the flow to create
   * @throws IllegalArgumentException if {@code name} is blank or longer than 128 characters, or
   *     {@code steps} holds fewer than 1 or more than 100 steps or a step id twice
   * @throws NullPointerException if {@code steps} or one of them is null
   */
  public static NewOnboardingFlow of(String name, NewOnboardingStep... steps) {
    return of(name, List.of(steps));
  }

  /**
   * False keeps the flow from users until an update makes it active.
   *
   * @param active whether users may go through the flow (true by default)
   * @return a copy with the flag set
   */
  public NewOnboardingFlow active(boolean active) {
    return new NewOnboardingFlow(fields.with("is_active", active));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewOnboardingFlow other && other.fields.equals(fields);
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
