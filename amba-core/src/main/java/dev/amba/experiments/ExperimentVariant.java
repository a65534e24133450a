package dev.amba.experiments;

import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import java.util.Objects;

/**
 * One arm of an experiment: its key and its weight among the arms (35.2). Build one to send with
 * {@link #of(String, int)}, which checks it.
 */
public record ExperimentVariant(String key, int weight) {

  /** The largest weight the service takes. */
  public static final int MAX_WEIGHT = 1_000_000;

  public ExperimentVariant {
    Objects.requireNonNull(key, "key");
  }

  /**
   * @param key an M1 key, unique within the experiment
   * @param weight 1 to {@value #MAX_WEIGHT}; a variant's share is its weight over the sum
   */
  public static ExperimentVariant of(String key, int weight) {
    return new ExperimentVariant(ModuleNames.key(key, "variant key"),
        ModuleArguments.range(weight, 1, MAX_WEIGHT, "variant weight"));
  }
}
