package dev.amba.internal.leaderboards;

import dev.amba.AmbaNotFoundException;
import dev.amba.OffsetPage;
import dev.amba.internal.Api;
import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.endpoint.LeaderboardEndpoints;
import dev.amba.internal.http.HttpResult;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.internal.util.ModuleNames;
import dev.amba.leaderboards.LeaderboardDefinition;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.UserLeaderboards;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

public final class LeaderboardClient implements UserLeaderboards {

  private final UserCalls calls;

  public LeaderboardClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<LeaderboardDefinition> list() {
    return LeaderboardWire.definitions(calls.call(LeaderboardEndpoints.LIST).data(LeaderboardWire.DEFINITIONS));
  }

  @Override
  public LeaderboardDefinition get(String key) {
    ModuleNames.key(key, "key");
    Api.Call call = calls.call(LeaderboardEndpoints.LIST);
    HttpResult result = call.send();
    List<LeaderboardWire.Definition> boards = call.data(result, LeaderboardWire.DEFINITIONS);
    for (LeaderboardWire.Definition d : boards) {
      if (key.equals(d.key())) {
        return d.toPublic();
      }
    }
    // 16.1: no route reads one board for clients, so the SDK answers for the missing one, with the
    // request id of the list it read.
    String requestId = result.headers().firstValue(Headers.REQUEST_ID).orElse(null);
    throw new AmbaNotFoundException(404, "not_found", "no active leaderboard has the key " + key, requestId,
        Map.of(), null);
  }

  @Override
  public OffsetPage<LeaderboardEntry> entries(String idOrKey, int offset, int limit) {
    return LeaderboardWire.page(idOrKey, offset, limit, this::entriesOf);
  }

  @Override
  public Stream<LeaderboardEntry> entries(String idOrKey) {
    return LeaderboardWire.walk(idOrKey, this::entriesOf);
  }

  private Api.Call entriesOf(String idOrKey) {
    return calls.call(LeaderboardEndpoints.ENTRIES, idOrKey);
  }

  @Override
  public LeaderboardEntry me(String idOrKey) {
    ModuleArguments.idOrKey(idOrKey, "idOrKey");
    return calls.call(LeaderboardEndpoints.ME, idOrKey)
        .<LeaderboardWire.Entry>data(LeaderboardWire.Entry.class).toPublic();
  }
}
