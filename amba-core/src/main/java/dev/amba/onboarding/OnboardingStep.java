package dev.amba.onboarding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a flow, as the service keeps it.
 *
 * @param description null when none was given
 * @param config the app's own settings of the step as JSON values; empty when none. Immutable
 */
public record OnboardingStep(String id, String title, String description, String type, Map<String, Object> config) {

  public OnboardingStep {
    config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }
}
