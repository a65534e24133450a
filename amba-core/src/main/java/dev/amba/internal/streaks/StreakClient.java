package dev.amba.internal.streaks;

import dev.amba.internal.Api;
import dev.amba.internal.Json;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.StreakEndpoints;
import dev.amba.internal.http.HttpResult;
import dev.amba.streaks.StreakQualification;
import dev.amba.streaks.UserStreak;
import dev.amba.streaks.UserStreaks;
import java.util.List;

public final class StreakClient implements UserStreaks {

  private static final java.lang.reflect.Type ROWS = Json.parameterized(List.class, StreakWire.Row.class);

  private final UserCalls calls;

  public StreakClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<UserStreak> list() {
    List<StreakWire.Row> rows = calls.call(StreakEndpoints.LIST).data(ROWS);
    return rows.stream().map(StreakWire.Row::toPublic).toList();
  }

  @Override
  public StreakQualification qualify(String idOrKey) {
    StreakRules.idOrKey(idOrKey);
    Api.Call call = calls.call(StreakEndpoints.QUALIFY, idOrKey);
    HttpResult result = call.send();
    StreakWire.Row row = call.data(result, StreakWire.Row.class);
    return new StreakQualification(row.toPublic(), result.status() == 201);
  }
}
