package dev.amba.internal.experiments;

import dev.amba.experiments.Experiment;
import dev.amba.experiments.ExperimentResults;
import dev.amba.experiments.ExperimentUpdate;
import dev.amba.experiments.NewExperiment;
import dev.amba.experiments.ProjectExperiments;
import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.ExperimentEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Admin experiments over the developer PAT (35.2); {@link ProjectCalls} refuses a call without one. */
public final class ExperimentAdmin implements ProjectExperiments {

  private static final Type ROWS = Json.parameterized(List.class, ExperimentWire.Row.class);

  private final ProjectCalls calls;

  public ExperimentAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Experiment create(NewExperiment experiment) {
    Objects.requireNonNull(experiment, "experiment");
    return calls.call(ExperimentEndpoints.ADMIN_CREATE).body(WireForms.of(experiment))
        .<ExperimentWire.Row>data(ExperimentWire.Row.class).toExperiment();
  }

  @Override
  public List<Experiment> list() {
    List<ExperimentWire.Row> rows = calls.call(ExperimentEndpoints.ADMIN_LIST).data(ROWS);
    return rows.stream().map(ExperimentWire.Row::toExperiment).toList();
  }

  @Override
  public Experiment get(String key) {
    return calls.call(ExperimentEndpoints.ADMIN_GET, ExperimentArguments.key(key))
        .<ExperimentWire.Row>data(ExperimentWire.Row.class).toExperiment();
  }

  @Override
  public Experiment update(String key, ExperimentUpdate update) {
    ExperimentArguments.key(key);
    Map<String, Object> body = WireForms.ofUpdate(update);
    return calls.call(ExperimentEndpoints.ADMIN_UPDATE, key).body(body)
        .<ExperimentWire.Row>data(ExperimentWire.Row.class).toExperiment();
  }

  @Override
  public void delete(String key) {
    calls.call(ExperimentEndpoints.ADMIN_DELETE, ExperimentArguments.key(key)).data(Map.class);
  }

  @Override
  public ExperimentResults results(String key, String conversionEvent) {
    ExperimentArguments.key(key);
    ModuleNames.eventName(conversionEvent, "conversionEvent");
    return calls.call(ExperimentEndpoints.ADMIN_RESULTS, key).query("conversion_event", conversionEvent)
        .<ExperimentWire.Results>data(ExperimentWire.Results.class).toResults();
  }
}
