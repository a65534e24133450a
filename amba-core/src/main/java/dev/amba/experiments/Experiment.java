package dev.amba.experiments;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An experiment as the service keeps it (35.3).
 *
 * @param id the experiment's id
 * @param key the experiment's key, unique in the project
 * @param name the experiment's name
 * @param description a note for admins, or null
 * @param variants the arms in order; the first is the control the results compare against
 * @param status whether it assigns new users
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Experiment(String id, String key, String name, String description, List<ExperimentVariant> variants,
    ExperimentStatus status, Instant createdAt, Instant updatedAt) {

  /**
   * An experiment; {@code variants} is copied.
   *
   * @param id the experiment's id
   * @param key its key
   * @param name its name
   * @param description its note, or null
   * @param variants its arms, not null
   * @param status its state, not null
   * @param createdAt when it was created
   * @param updatedAt when it last changed
   * @throws NullPointerException if {@code variants} or {@code status} is null
   */
  public Experiment {
    variants = List.copyOf(variants);
    Objects.requireNonNull(status, "status");
  }
}
