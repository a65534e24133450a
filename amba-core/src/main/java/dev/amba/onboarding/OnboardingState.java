package dev.amba.onboarding;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a user stands in a flow (31.3), by its wire value. A record rather than an enum, so a state
 * the service adds later still reads.
 *
 * @param value the wire value, lowercase, such as {@code in_progress}
 */
public record OnboardingState(String value) {

  /** The user has not begun the flow. */
  public static final OnboardingState NOT_STARTED = new OnboardingState("not_started");
  /** The user started the flow and has steps left. */
  public static final OnboardingState IN_PROGRESS = new OnboardingState("in_progress");
  /** The user finished every step, or completed the flow at once. */
  public static final OnboardingState COMPLETED = new OnboardingState("completed");
  /** The user chose to skip the flow; {@code next} is refused from here, {@code complete} is not. */
  public static final OnboardingState SKIPPED = new OnboardingState("skipped");

  /**
   * A state by its wire value, lowercased.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public OnboardingState {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
