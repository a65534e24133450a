package dev.amba.internal.leagues;

import dev.amba.internal.ProjectCalls;
import dev.amba.internal.WireForms;
import dev.amba.internal.endpoint.LeagueEndpoints;
import dev.amba.internal.util.ModuleArguments;
import dev.amba.leagues.League;
import dev.amba.leagues.LeagueUpdate;
import dev.amba.leagues.NewLeague;
import dev.amba.leagues.ProjectLeagues;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class LeagueAdmin implements ProjectLeagues {

  private final ProjectCalls calls;

  public LeagueAdmin(ProjectCalls calls) {
    this.calls = calls;
  }

  @Override
  public League create(NewLeague league) {
    Objects.requireNonNull(league, "league");
    return calls.call(LeagueEndpoints.ADMIN_CREATE)
        .body(WireForms.of(league)).data(League.class);
  }

  @Override
  public List<League> list() {
    List<League> leagues = calls.call(LeagueEndpoints.ADMIN_LIST)
        .data(LeagueWire.LEAGUES);
    return List.copyOf(leagues);
  }

  @Override
  public League update(String leagueId, LeagueUpdate update) {
    ModuleArguments.idOrKey(leagueId, "leagueId");
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = WireForms.of(update);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: set at least one of name, promoteCount, demoteCount, "
          + "cohortSize, active");
    }
    return calls.call(LeagueEndpoints.ADMIN_UPDATE, leagueId)
        .body(body).data(League.class);
  }

  @Override
  public void delete(String leagueId) {
    ModuleArguments.idOrKey(leagueId, "leagueId");
    calls.call(LeagueEndpoints.ADMIN_DELETE, leagueId).send();
  }
}
