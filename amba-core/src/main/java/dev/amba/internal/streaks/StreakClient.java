package dev.amba.internal.streaks;

import dev.amba.RequestOptions;
import dev.amba.internal.Api;
import dev.amba.internal.ClientRuntime;
import dev.amba.internal.Json;
import dev.amba.internal.endpoint.StreakEndpoints;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.http.Scope;
import dev.amba.streaks.StreakQualification;
import dev.amba.streaks.UserStreak;
import dev.amba.streaks.UserStreaks;
import java.util.List;

public final class StreakClient implements UserStreaks {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, StreakWire.Row.class);

  private final ClientRuntime runtime;
  private final Scope scope;
  private final RequestOptions options;

  public StreakClient(ClientRuntime runtime, Scope scope, RequestOptions options) {
    this.runtime = runtime;
    this.scope = scope;
    this.options = options;
  }

  @Override
  public List<UserStreak> list() {
    List<StreakWire.Row> rows = runtime.api.call(StreakEndpoints.LIST, scope, options).data(ROWS);
    return rows.stream().map(StreakWire.Row::toPublic).toList();
  }

  @Override
  public StreakQualification qualify(String idOrKey) {
    StreakRules.idOrKey(idOrKey);
    Api.Call call = runtime.api.call(StreakEndpoints.QUALIFY, scope, options, idOrKey);
    HttpResult result = call.send();
    StreakWire.Row row = call.data(result, StreakWire.Row.class);
    return new StreakQualification(row.toPublic(), result.status() == 201);
  }
}
