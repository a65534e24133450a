package dev.amba.internal.experiments;

import dev.amba.experiments.Experiment;
import dev.amba.experiments.ExperimentResults;
import dev.amba.experiments.ExperimentStatus;
import dev.amba.experiments.ExperimentVariant;
import dev.amba.experiments.VariantResult;
import java.time.Instant;
import java.util.List;

/** Experiment answers as they arrive (35.3). */
public final class ExperimentWire {

  private ExperimentWire() {}

  public record Variant(String key, Integer weight) {}

  public record Row(String id, String key, String name, String description, List<Variant> variants, String status,
      Instant createdAt, Instant updatedAt) {

    Experiment toExperiment() {
      List<ExperimentVariant> arms = variants == null ? List.of()
          : variants.stream().map(v -> new ExperimentVariant(v.key(), v.weight() == null ? 0 : v.weight())).toList();
      // 35.2: a create without a status is active.
      ExperimentStatus s = status == null || status.isBlank() ? ExperimentStatus.ACTIVE : new ExperimentStatus(status);
      return new Experiment(id, key, name, description, arms, s, createdAt, updatedAt);
    }
  }

  public record Numbers(String key, Long exposedUsers, Long convertedUsers, Double conversionRate, Double lift,
      Double zScore, Double pValue, Boolean significant) {

    VariantResult toResult() {
      return new VariantResult(key, n(exposedUsers), n(convertedUsers), conversionRate, lift, zScore, pValue,
          Boolean.TRUE.equals(significant));
    }
  }

  public record Results(String experimentKey, String conversionEvent, String control, List<Numbers> variants) {

    ExperimentResults toResults() {
      return new ExperimentResults(experimentKey, conversionEvent, control,
          variants == null ? List.of() : variants.stream().map(Numbers::toResult).toList());
    }
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
