package dev.amba.experiments;

import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import java.util.Objects;

/**
 * One arm of an experiment: its key and its weight among the arms (35.2). Build one to send with
 * {@link #of(String, int)}, which checks it.
 *
 * @param key the variant's key, unique within the experiment
 * @param weight its weight; its share is the weight over the sum of all weights
 */
public record ExperimentVariant(String key, int weight) {

  /** The largest weight the service takes. */
  public static final int MAX_WEIGHT = 1_000_000;

  /**
   * A variant, unchecked but for its key; use {@link #of(String, int)} to build one to send.
   *
   * @param key the variant's key, not null
   * @param weight its weight
   * @throws NullPointerException if {@code key} is null
   */
  public ExperimentVariant {
    Objects.requireNonNull(key, "key");
  }

  /**
   * A checked variant.
   *
   * @param key an M1 key, unique within the experiment
   * @param weight 1 to {@value #MAX_WEIGHT}; a variant's share is its weight over the sum
   * @return the checked variant
   * @throws IllegalArgumentException if {@code key} is not an M1 key or {@code weight} is out of
   *     range
   */
  public static ExperimentVariant of(String key, int weight) {
    return new ExperimentVariant(ModuleNames.key(key, "variant key"),
        ModuleArguments.range(weight, 1, MAX_WEIGHT, "variant weight"));
  }
}
