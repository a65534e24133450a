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

  /** An update that changes nothing yet; sending one is refused. */
  public static ExperimentUpdate create() {
    return new ExperimentUpdate(FieldMap.empty());
  }

  public ExperimentUpdate name(String name) {
    return new ExperimentUpdate(fields.with("name", TextArguments.name(name)));
  }

  /** A new description, or null to clear it. */
  public ExperimentUpdate description(String description) {
    return new ExperimentUpdate(fields.with("description",
        description == null ? null : TextArguments.description(description)));
  }

  public ExperimentUpdate variants(List<ExperimentVariant> variants) {
    return new ExperimentUpdate(fields.with("variants", ExperimentArguments.variants(variants)));
  }

  public ExperimentUpdate status(ExperimentStatus status) {
    return new ExperimentUpdate(fields.with("status", Objects.requireNonNull(status, "status").value()));
  }

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
