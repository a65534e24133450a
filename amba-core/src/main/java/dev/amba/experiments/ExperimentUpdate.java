package dev.amba.experiments;

import dev.amba.internal.WireForms;
import dev.amba.internal.experiments.ExperimentArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.List;
import java.util.Objects;

/**
 * The changes to an experiment; only what is set is sent, and a key never changes. Users already
 * assigned keep their variant through a re-weighting, even one that removes it (35.4 #2). Immutable.
 *
 * <pre>{@code
 * amba.experiments().update("checkout_button", ExperimentUpdate.create().status(ExperimentStatus.ENDED));
 * }</pre>
 */
public final class ExperimentUpdate {

  static {
    WireForms.register(ExperimentUpdate.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private ExperimentUpdate(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * An update that changes nothing yet; sending one is refused.
   *
   * @return an empty update
   */
  public static ExperimentUpdate create() {
    return new ExperimentUpdate(FieldMap.empty());
  }

  /**
   * A new name for the experiment.
   *
   * @param name 1 to 128 characters, not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code name} is null, blank, longer than 128 characters or
   *     holds an unpaired surrogate
   */
  public ExperimentUpdate name(String name) {
    return new ExperimentUpdate(fields.with("name", TextArguments.name(name)));
  }

  /**
   * A new description, or null to clear it.
   *
   * @param description a note for admins, at most 1024 characters; null removes it
   * @return a copy with the description set or cleared
   * @throws IllegalArgumentException if {@code description} is longer than 1024 characters or holds
   *     an unpaired surrogate
   */
  public ExperimentUpdate description(String description) {
    return new ExperimentUpdate(fields.with("description",
        description == null ? null : TextArguments.description(description)));
  }

  /**
   * New arms with their weights, replacing the old ones; assigned users keep their variant.
   *
   * @param variants 2 to 20, keys unique; the first is the control
   * @return a copy with the variants set
   * @throws IllegalArgumentException if {@code variants} holds fewer than 2 or more than 20, a key
   *     twice, or a variant whose key or weight breaks its rule
   * @throws NullPointerException if {@code variants} or one of them is null
   */
  public ExperimentUpdate variants(List<ExperimentVariant> variants) {
    return new ExperimentUpdate(fields.with("variants", ExperimentArguments.variants(variants)));
  }

  /**
   * A new state: pause, resume or end the experiment.
   *
   * @param status such as {@link ExperimentStatus#ENDED}
   * @return a copy with the status set
   * @throws NullPointerException if {@code status} is null
   */
  public ExperimentUpdate status(ExperimentStatus status) {
    return new ExperimentUpdate(fields.with("status", Objects.requireNonNull(status, "status").value()));
  }

  /**
   * Whether nothing is set.
   *
   * @return true when no setter was called, so sending the update would be refused
   */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentUpdate u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
