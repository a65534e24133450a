package dev.amba.internal.experiments;

import dev.amba.experiments.ExperimentAssignment;
import dev.amba.experiments.Exposure;
import dev.amba.experiments.UserExperiments;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.ExperimentEndpoints;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The acting user's assignments and exposures (35.1). */
public final class ExperimentClient implements UserExperiments {

  private final UserCalls calls;

  public ExperimentClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public ExperimentAssignment assignment(String key) {
    return calls.call(ExperimentEndpoints.ASSIGNMENT, ExperimentArguments.key(key))
        .data(ExperimentAssignment.class);
  }

  @Override
  public Exposure expose(String key) {
    return expose(key, Map.of());
  }

  @Override
  public Exposure expose(String key, Map<String, ?> context) {
    ExperimentArguments.key(key);
    Objects.requireNonNull(context, "context");
    Map<String, Object> copy = new LinkedHashMap<>();
    context.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "context holds a null name"), value));
    return calls.call(ExperimentEndpoints.EXPOSE, key).body(Map.of("context", copy)).data(Exposure.class);
  }
}
