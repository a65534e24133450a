package dev.amba.experiments;

import dev.amba.internal.WireForms;
import dev.amba.internal.experiments.ExperimentArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.List;
import java.util.Objects;

/**
 * An experiment to create; active unless {@link #status(ExperimentStatus)} says otherwise.
 * Immutable; checked as it is built.
 *
 * <pre>{@code
 * amba.experiments().create(NewExperiment.of("onboarding_copy", "Onboarding copy",
 *     List.of(ExperimentVariant.of("control", 1), ExperimentVariant.of("short", 1))).status(ExperimentStatus.PAUSED));
 * }</pre>
 */
public final class NewExperiment {

  static {
    WireForms.register(NewExperiment.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewExperiment(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * @param key an M1 key, unique in the project: what users' handles name
   * @param variants 2 to 20, keys unique; the first is the control
   */
  public static NewExperiment of(String key, String name, List<ExperimentVariant> variants) {
    return new NewExperiment(FieldMap.empty()
        .with("key", ExperimentArguments.key(key))
        .with("name", TextArguments.name(name))
        .with("variants", ExperimentArguments.variants(variants)));
  }

  public NewExperiment description(String description) {
    return new NewExperiment(fields.with("description", TextArguments.description(description)));
  }

  public NewExperiment status(ExperimentStatus status) {
    return new NewExperiment(fields.with("status", Objects.requireNonNull(status, "status").value()));
  }

  public String key() {
    return (String) fields.get("key");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewExperiment e && e.fields.equals(fields);
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
