package dev.amba.internal.experiments;

import dev.amba.experiments.ExperimentVariant;
import dev.amba.internal.util.ModuleNames;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The argument rules of experiments (35.2), checked before anything is sent. X: at most
 * {@value #MAX_VARIANTS} variants.
 */
public final class ExperimentArguments {

  public static final int MIN_VARIANTS = 2;
  public static final int MAX_VARIANTS = 20;

  private ExperimentArguments() {}

  /** The variants as the wire takes them: 2 to 20, keys unique. */
  public static List<Map<String, Object>> variants(List<ExperimentVariant> variants) {
    Objects.requireNonNull(variants, "variants");
    if (variants.size() < MIN_VARIANTS || variants.size() > MAX_VARIANTS) {
      throw new IllegalArgumentException("variants must hold " + MIN_VARIANTS + ".." + MAX_VARIANTS
          + " variants (the first is the control), got " + variants.size());
    }
    Set<String> keys = new HashSet<>();
    return variants.stream().map(v -> {
      Objects.requireNonNull(v, "variants holds a null");
      ExperimentVariant checked = ExperimentVariant.of(v.key(), v.weight());
      if (!keys.add(checked.key())) {
        throw new IllegalArgumentException("variants holds the key \"" + checked.key() + "\" twice");
      }
      return Map.<String, Object>of("key", checked.key(), "weight", checked.weight());
    }).toList();
  }

  public static String key(String key) {
    return ModuleNames.key(key, "key");
  }
}
