package dev.amba.experiments;

import java.util.Map;

/** The acting user's variants, from {@code amba.asUser(uid).experiments()} (35.1). */
public interface UserExperiments {

  /**
   * The user's variant: the stored one, or, on an active experiment, a new one drawn
   * deterministically from the user id and the key by the variants' weights, stored from then on.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @return the experiment's key and the user's variant
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   * @throws dev.amba.AmbaConflictException code {@code experiment_inactive} for a user without an
   *     assignment on a paused or ended experiment
   */
  ExperimentAssignment assignment(String key);

  /**
   * As {@link #expose(String, Map)} with no context.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @return the exposure recorded, with the variant shown
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   * @throws dev.amba.AmbaConflictException code {@code no_assignment} before the user's first
   *     {@link #assignment(String)}
   */
  Exposure expose(String key);

  /**
   * Records that the user was shown its variant; each call adds one, whatever the experiment's status.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @param context what to record with it, such as the screen; values must have a JSON form
   * @return the exposure recorded, with the variant shown
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws NullPointerException if {@code context} or one of its names is null
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   * @throws dev.amba.AmbaConflictException code {@code no_assignment} before the user's first
   *     {@link #assignment(String)}
   */
  Exposure expose(String key, Map<String, ?> context);
}
