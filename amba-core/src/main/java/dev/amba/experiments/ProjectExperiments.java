package dev.amba.experiments;

import java.util.List;

/**
 * Admin experiments, from {@code amba.experiments()}. Every call needs the developer PAT
 * ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}); without one it fails before anything
 * is sent, and the service answers a server key with 403 {@code pat_required}.
 */
public interface ProjectExperiments {

  /**
   * Creates an experiment.
   *
   * @param experiment the experiment's key, name, arms and state
   * @return the experiment as stored
   * @throws NullPointerException if {@code experiment} is null
   * @throws IllegalStateException if the client has no developer PAT, before anything is sent
   * @throws dev.amba.AmbaConflictException code {@code experiment_exists}
   */
  Experiment create(NewExperiment experiment);

  /**
   * Every experiment of the project.
   *
   * @return the experiments, whatever their state; empty when none
   * @throws IllegalStateException if the client has no developer PAT, before anything is sent
   */
  List<Experiment> list();

  /**
   * One experiment.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @return the experiment with its arms and state
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws IllegalStateException if the client has no developer PAT, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   */
  Experiment get(String key);

  /**
   * Changes what {@code update} sets.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @param update what to change; at least one part must be set
   * @return the experiment as stored after the change
   * @throws IllegalArgumentException if {@code key} breaks its rule or {@code update} sets nothing,
   *     before anything is sent
   * @throws NullPointerException if {@code update} is null
   * @throws IllegalStateException if the client has no developer PAT, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   */
  Experiment update(String key, ExperimentUpdate update);

  /**
   * Deletes the experiment with its assignments and exposures.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws IllegalStateException if the client has no developer PAT, before anything is sent
   */
  void delete(String key);

  /**
   * Each variant's exposed and converted users for {@code conversionEvent}, tested against the control.
   *
   * @param key the experiment's key: 1 to 64 characters of {@code [a-z0-9_]}, starting with a letter
   * @param conversionEvent an event name (M1: snake_case words, {@code .} between them)
   * @return each variant's exposed and converted users, rate, lift and significance
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws IllegalStateException if the client has no developer PAT, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found}
   */
  ExperimentResults results(String key, String conversionEvent);
}
