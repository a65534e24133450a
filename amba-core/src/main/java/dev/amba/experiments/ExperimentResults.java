package dev.amba.experiments;

import java.util.List;
import java.util.Optional;

/**
 * An experiment's results for one conversion event (35.3).
 *
 * @param control the key of the variant the others are compared against
 */
public record ExperimentResults(String experimentKey, String conversionEvent, String control,
    List<VariantResult> variants) {

  public ExperimentResults {
    variants = List.copyOf(variants);
  }

  /** The numbers of the variant with this key, if the results hold it. */
  public Optional<VariantResult> variant(String key) {
    return variants.stream().filter(v -> v.key().equals(key)).findFirst();
  }
}
