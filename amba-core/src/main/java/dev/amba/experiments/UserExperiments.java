package dev.amba.experiments;

import java.util.Map;

/** The acting user's variants, from {@code amba.asUser(uid).experiments()} (35.1). */
public interface UserExperiments {

  /**
   * The user's variant: the stored one, or, on an active experiment, a new one drawn
   * deterministically from the user id and the key by the variants' weights, stored from then on.
   *
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   * @throws dev.amba.AmbaConflictException code {@code experiment_inactive} for a user without an
   *     assignment on a paused or ended experiment
   */
  ExperimentAssignment assignment(String key);

  /** As {@link #expose(String, Map)} with no context. */
  Exposure expose(String key);

  /**
   * Records that the user was shown its variant; each call adds one, whatever the experiment's status.
   *
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   * @throws dev.amba.AmbaConflictException code {@code no_assignment} before the user's first
   *     {@link #assignment(String)}
   */
  Exposure expose(String key, Map<String, ?> context);
}
