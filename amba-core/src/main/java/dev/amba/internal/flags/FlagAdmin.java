package dev.amba.internal.flags;

import dev.amba.flags.Flag;
import dev.amba.flags.FlagUpdate;
import dev.amba.flags.NewFlag;
import dev.amba.flags.ProjectFlags;
import dev.amba.internal.Json;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.FlagEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The project's flags (server key). */
public final class FlagAdmin implements ProjectFlags {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, FlagWire.Row.class);

  private final ProjectCalls calls;

  public FlagAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public Flag create(NewFlag flag) {
    Objects.requireNonNull(flag, "flag");
    return calls.call(FlagEndpoints.ADMIN_CREATE).body(WireForms.of(flag))
        .<FlagWire.Row>data(FlagWire.Row.class).toFlag();
  }

  @Override
  public List<Flag> list() {
    List<FlagWire.Row> rows = calls.call(FlagEndpoints.ADMIN_LIST).data(ROWS);
    return rows.stream().map(FlagWire.Row::toFlag).toList();
  }

  @Override
  public Flag update(String name, FlagUpdate update) {
    ModuleNames.key(name, "name");
    Map<String, Object> body = WireForms.ofUpdate(update);
    return calls.call(FlagEndpoints.ADMIN_UPDATE, name).body(body).<FlagWire.Row>data(FlagWire.Row.class).toFlag();
  }

  @Override
  public void delete(String name) {
    ModuleNames.key(name, "name");
    calls.call(FlagEndpoints.ADMIN_DELETE, name).data(Map.class);
  }
}
