package dev.amba.experiments;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An experiment as the service keeps it (35.3).
 *
 * @param variants the arms in order; the first is the control the results compare against
 */
public record Experiment(String id, String key, String name, String description, List<ExperimentVariant> variants,
    ExperimentStatus status, Instant createdAt, Instant updatedAt) {

  public Experiment {
    variants = List.copyOf(variants);
    Objects.requireNonNull(status, "status");
  }
}
