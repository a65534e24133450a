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
   * An experiment of this key, name and arms.
   *
   * @param key an M1 key, unique in the project: what users' handles name
   * @param name what admins call it, 1 to 128 characters, not blank
   * @param variants 2 to 20, keys unique; the first is the control
   * @return the experiment to create, active, without a description
   * @throws IllegalArgumentException if {@code key} or {@code name} breaks its rule, or
   *     {@code variants} holds fewer than 2 or more than 20, a key twice, or a bad variant
   * @throws NullPointerException if {@code variants} or one of them is null
   */
  public static NewExperiment of(String key, String name, List<ExperimentVariant> variants) {
    return new NewExperiment(FieldMap.empty()
        .with("key", ExperimentArguments.key(key))
        .with("name", TextArguments.name(name))
        .with("variants", ExperimentArguments.variants(variants)));
  }

  /**
   * A note for admins.
   *
   * @param description at most 1024 characters, not null
   * @return a copy with the description set
   * @throws IllegalArgumentException if {@code description} is null, longer than 1024 characters
   *     or holds an unpaired surrogate
   */
  public NewExperiment description(String description) {
    return new NewExperiment(fields.with("description", TextArguments.description(description)));
  }

  /**
   * The state to create it in, such as {@link ExperimentStatus#PAUSED} to assign nobody yet.
   *
   * @param status the starting state (active by default)
   * @return a copy with the status set
   * @throws NullPointerException if {@code status} is null
   */
  public NewExperiment status(ExperimentStatus status) {
    return new NewExperiment(fields.with("status", Objects.requireNonNull(status, "status").value()));
  }

  /**
   * The key the experiment is created with.
   *
   * @return the key given to {@link #of}
   */
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
