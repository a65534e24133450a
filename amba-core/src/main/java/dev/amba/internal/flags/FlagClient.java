package dev.amba.internal.flags;

import dev.amba.flags.FlagAssignment;
import dev.amba.flags.UserFlags;
import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.FlagEndpoints;
import dev.amba.internal.util.ModuleNames;
import java.util.List;
import java.util.Optional;

/**
 * The acting user's flags. X: nothing is cached (34.2 allows 60 s), so a flag an admin changes
 * reads changed at once.
 */
public final class FlagClient implements UserFlags {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, FlagWire.Row.class);

  private final UserCalls calls;

  public FlagClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<FlagAssignment> list() {
    List<FlagWire.Row> rows = calls.call(FlagEndpoints.LIST).data(ROWS);
    return rows.stream().map(FlagWire.Row::toAssignment).toList();
  }

  @Override
  public Optional<FlagAssignment> get(String name) {
    ModuleNames.key(name, "name");
    FlagWire.Maybe answer = calls.call(FlagEndpoints.GET, name).unwrapped(FlagWire.Maybe.class);
    return Optional.ofNullable(answer.data()).map(FlagWire.Row::toAssignment);
  }
}
