package dev.amba.testkit.internal;

import jakarta.json.JsonObject;

/**
 * The fault switch as the emulator-only admin route drives it: each project sees, adds and resets
 * only its own rules, which apply only to requests carrying that project's keys.
 */
public interface FaultControl {

  /** Adds the rule a JSON spec describes; a bad spec is an {@link ApiException} (400). */
  void add(String projectId, JsonObject spec);

  void reset(String projectId);

  /** {@code {pending, randomly_injected}} of the project's rules. */
  JsonObject state(String projectId);
}
