package dev.amba.internal.onboarding;

import dev.amba.internal.WireForms;
import dev.amba.internal.util.JsonProperties;
import dev.amba.internal.util.ModuleNames;
import dev.amba.internal.util.TextArguments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The onboarding module's argument rules (amba-api-modules.md 31.2), checked before anything is
 * sent. The emulator checks the same; the bounds are X.
 */
public final class OnboardingArguments {

  /** X: the most steps a flow has. */
  public static final int MAX_STEPS = 100;
  /** X: the longest title of a step. */
  public static final int MAX_TITLE = 128;

  private OnboardingArguments() {}

  /** X: a step's id is an M1 key, so {@code _final} (31.4 #5) can never be one. */
  public static String stepId(String id) {
    return ModuleNames.key(id, "stepId");
  }

  /** X: a step's type ({@code welcome}, {@code question}, ...) is an M1 key too. */
  public static String stepType(String type) {
    return ModuleNames.key(type, "type");
  }

  public static String title(String title) {
    return TextArguments.require(title, "title", 1, MAX_TITLE);
  }

  public static Map<String, Object> object(Map<String, ?> value, String argument) {
    Objects.requireNonNull(value, argument);
    return JsonProperties.copy(value, argument);
  }

  /** A path's {@code {flowId}}. */
  public static String flowId(String flowId) {
    return ModuleNames.uuid(flowId, "flowId");
  }

  /**
   * The wire form of a flow's steps: 1..{@value #MAX_STEPS} of them, no id twice (400
   * {@code invalid_steps} on the service).
   */
  public static List<Map<String, Object>> steps(List<?> steps) {
    Objects.requireNonNull(steps, "steps");
    if (steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new IllegalArgumentException("steps must hold 1.." + MAX_STEPS + " steps, got " + steps.size());
    }
    List<Map<String, Object>> wire = new ArrayList<>(steps.size());
    Set<Object> ids = new HashSet<>();
    for (Object step : steps) {
      Map<String, Object> form = WireForms.of(Objects.requireNonNull(step, "steps must not hold null"));
      if (!ids.add(form.get("id"))) {
        throw new IllegalArgumentException("steps must not repeat a step id, got \"" + form.get("id") + "\" twice");
      }
      wire.add(form);
    }
    return List.copyOf(wire);
  }
}
