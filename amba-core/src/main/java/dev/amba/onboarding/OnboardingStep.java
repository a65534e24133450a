package dev.amba.onboarding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a flow, as the service keeps it.
 *
 * @param id the step's id, unique in its flow; answers are stored under it
 * @param title what the user is shown
 * @param description null when none was given
 * @param type what kind of step the app renders, such as {@code question}
 * @param config the app's own settings of the step as JSON values; empty when none. Immutable
 */
public record OnboardingStep(String id, String title, String description, String type, Map<String, Object> config) {

  /**
   * A step; {@code config} is copied, and null reads as empty.
   *
   * @param id the step's id
   * @param title its title
   * @param description its text, or null
   * @param type its kind
   * @param config the app's settings, or null
   */
  public OnboardingStep {
    config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }
}
