package dev.amba.internal.leaderboards;

import dev.amba.OffsetPage;
import dev.amba.internal.Api;
import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.LeaderboardEndpoints;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.leaderboards.LeaderboardDefinition;
import dev.amba.leaderboards.LeaderboardEntry;
import dev.amba.leaderboards.LeaderboardUpdate;
import dev.amba.leaderboards.NewLeaderboard;
import dev.amba.leaderboards.ProjectLeaderboards;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

public final class LeaderboardAdmin implements ProjectLeaderboards {

  private final ProjectCalls calls;

  public LeaderboardAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public LeaderboardDefinition create(NewLeaderboard leaderboard) {
    Objects.requireNonNull(leaderboard, "leaderboard");
    return calls.call(LeaderboardEndpoints.ADMIN_CREATE)
        .body(WireForms.of(leaderboard)).<LeaderboardWire.Definition>data(LeaderboardWire.Definition.class)
        .toPublic();
  }

  @Override
  public List<LeaderboardDefinition> list() {
    return LeaderboardWire.definitions(calls.call(LeaderboardEndpoints.ADMIN_LIST)
        .data(LeaderboardWire.DEFINITIONS));
  }

  @Override
  public LeaderboardDefinition get(String idOrKey) {
    ModuleArguments.idOrKey(idOrKey, "idOrKey");
    return calls.call(LeaderboardEndpoints.ADMIN_GET, idOrKey)
        .<LeaderboardWire.Definition>data(LeaderboardWire.Definition.class).toPublic();
  }

  @Override
  public LeaderboardDefinition update(String idOrKey, LeaderboardUpdate update) {
    ModuleArguments.idOrKey(idOrKey, "idOrKey");
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = WireForms.of(update);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one of name, metric, customEvent, period, "
          + "maxEntries, active");
    }
    return calls.call(LeaderboardEndpoints.ADMIN_UPDATE, idOrKey)
        .body(body).<LeaderboardWire.Definition>data(LeaderboardWire.Definition.class).toPublic();
  }

  @Override
  public void delete(String idOrKey) {
    ModuleArguments.idOrKey(idOrKey, "idOrKey");
    calls.call(LeaderboardEndpoints.ADMIN_DELETE, idOrKey).send();
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
    return calls.call(LeaderboardEndpoints.ADMIN_ENTRIES, idOrKey);
  }
}
