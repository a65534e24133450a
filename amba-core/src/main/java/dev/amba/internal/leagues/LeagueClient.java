package dev.amba.internal.leagues;

import dev.amba.internal.UserCalls;
import dev.amba.internal.endpoint.LeagueEndpoints;
import dev.amba.leagues.CohortStandings;
import dev.amba.leagues.LeagueStanding;
import dev.amba.leagues.UserLeagues;

public final class LeagueClient implements UserLeagues {

  private final UserCalls calls;

  public LeagueClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public LeagueStanding me() {
    return calls.call(LeagueEndpoints.ME)
        .<LeagueWire.Standing>data(LeagueWire.Standing.class).toPublic();
  }

  @Override
  public CohortStandings cohort() {
    return calls.call(LeagueEndpoints.COHORT)
        .<LeagueWire.Standings>data(LeagueWire.Standings.class).toPublic();
  }
}
