package dev.amba.testkit.internal;

import jakarta.json.JsonObject;

/** The fault switch as the emulator-only admin route drives it. */
public interface FaultControl {

  /** Adds the rule a JSON spec describes; a bad spec is an {@link ApiException} (400). */
  void add(JsonObject spec);

  void reset();

  /** {@code {pending, randomly_injected}}. */
  JsonObject state();
}
