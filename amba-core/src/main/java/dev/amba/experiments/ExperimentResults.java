package dev.amba.experiments;

import java.util.List;
import java.util.Optional;

/**
 * An experiment's results for one conversion event (35.3).
 *
 * @param experimentKey the experiment's key
 * @param conversionEvent the event counted as a conversion
 * @param control the key of the variant the others are compared against
 * @param variants each variant's numbers, the control first
 */
public record ExperimentResults(String experimentKey, String conversionEvent, String control,
    List<VariantResult> variants) {

  /**
   * Results; {@code variants} is copied.
   *
   * @param experimentKey the experiment's key
   * @param conversionEvent the conversion event
   * @param control the control's key
   * @param variants each variant's numbers, not null
   * @throws NullPointerException if {@code variants} is null
   */
  public ExperimentResults {
    variants = List.copyOf(variants);
  }

  /**
   * The numbers of the variant with this key, if the results hold it.
   *
   * @param key the variant's key, compared exactly
   * @return the variant's numbers, or empty when no variant has that key
   */
  public Optional<VariantResult> variant(String key) {
    return variants.stream().filter(v -> v.key().equals(key)).findFirst();
  }
}
