package dev.amba.experiments;

import java.util.List;

/**
 * Admin experiments, from {@code amba.experiments()}. Every call needs the developer PAT
 * ({@code AmbaConfig.Builder.pat(...)} or {@code AMBA_PAT}); without one it fails before anything
 * is sent, and the service answers a server key with 403 {@code pat_required}.
 */
public interface ProjectExperiments {

  /** @throws dev.amba.AmbaConflictException code {@code experiment_exists} */
  Experiment create(NewExperiment experiment);

  List<Experiment> list();

  /** @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found} */
  Experiment get(String key);

  /** @throws dev.amba.AmbaNotFoundException code {@code experiment_not_found} */
  Experiment update(String key, ExperimentUpdate update);

  /** Deletes the experiment with its assignments and exposures. */
  void delete(String key);

  /**
   * Each variant's exposed and converted users for {@code conversionEvent}, tested against the control.
   *
   * @param conversionEvent an event name (M1: snake_case words, {@code .} between them)
   */
  ExperimentResults results(String key, String conversionEvent);
}
