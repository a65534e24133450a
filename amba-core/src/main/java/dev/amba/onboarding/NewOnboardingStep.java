package dev.amba.onboarding;

import dev.amba.internal.WireForms;
import dev.amba.internal.onboarding.OnboardingArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.Map;

/**
 * One step of a flow to create or to replace a flow's steps with. Immutable: each method returns a
 * new value.
 *
 * <pre>{@code
 * NewOnboardingStep.of("goals", "Your goals", "question").description("What brings you here?")
 *     .config(Map.of("choices", List.of("fitness", "focus")));
 * }</pre>
 */
public final class NewOnboardingStep {

  static {
    WireForms.register(NewOnboardingStep.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewOnboardingStep(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A step of this id, title and type.
   *
   * @param id unique in its flow: 1..64 characters of {@code a-z 0-9 _}, starting with a letter;
   *     answers are stored under it
   * @param title what the user is shown: 1..128 characters, not blank
   * @param type what kind of step the app renders ({@code welcome}, {@code question}, ...): the same
   *     rule as {@code id}
   * @return the step, without a description or config
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static NewOnboardingStep of(String id, String title, String type) {
    return new NewOnboardingStep(FieldMap.empty().with("id", OnboardingArguments.stepId(id))
        .with("title", OnboardingArguments.title(title)).with("type", OnboardingArguments.stepType(type)));
  }

  /**
   * A longer text for the step: at most 1024 characters.
   *
   * @param description the text, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException if {@code description} is null, longer than 1024 characters
   *     or holds an unpaired surrogate
   */
  public NewOnboardingStep description(String description) {
    return new NewOnboardingStep(fields.with("description", TextArguments.description(description)));
  }

  /**
   * The app's own settings of the step, copied now; values must have a JSON form.
   *
   * @param config JSON-compatible values by name, such as the choices of a question
   * @return a copy with the config set
   * @throws NullPointerException if {@code config} is null
   * @throws IllegalArgumentException if a value is one JSON cannot carry
   */
  public NewOnboardingStep config(Map<String, ?> config) {
    return new NewOnboardingStep(fields.with("config", OnboardingArguments.object(config, "config")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewOnboardingStep other && other.fields.equals(fields);
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
